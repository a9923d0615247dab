import type { ErrorBody } from '@ntm/shared';
import { QueryFailedError } from 'typeorm';

/** What each unique index means to the person whose write it refused. The index decides (there is
 * no check-then-insert to race), and this turns its refusal into a 409 that says why. */
const MEANING: Readonly<Record<string, { message: string; field?: string; reason?: string }>> = {
  uq_survey_form_key: { message: 'A form with this key already exists', field: 'key', reason: 'is already taken' },
  uq_campaign_previous: { message: 'This campaign was already copied to the next period' },
  uq_assignment: { message: 'This enumerator is already assigned to this village' },
  PK_poverty_review_household: { message: 'Hộ đã có trong danh sách rà soát của đợt này', field: 'householdCode', reason: 'đã có trong danh sách' },
  uq_poverty_review_decision: { message: 'Xã đã có quyết định công nhận trong đợt rà soát này' },
  uq_household_code: { message: 'Mã hộ này đã có trong xã', field: 'code', reason: 'Đã có hộ khác mang mã này trong xã' },
  uq_proxy_scoring_table_version: { message: 'Một phiên bản khác của bảng điểm B1 vừa được lưu cùng lúc; hãy tải lại rồi lưu lại' },
  uq_survey_response_household: { message: 'This household already has a response in this campaign', field: 'householdId', reason: 'already has a response' },
};

/** The 409 for a unique-index violation, or null for any other failure. */
export function fromUniqueViolation(exception: unknown): ErrorBody | null {
  const driverError = exception instanceof QueryFailedError ? (exception.driverError as { code?: string; constraint?: string }) : undefined;
  if (driverError?.code !== '23505') return null;
  const meaning = MEANING[driverError.constraint ?? ''];
  // Otherwise a concurrent writer got there first (e.g. two imports of the same new code).
  if (!meaning) return { statusCode: 409, code: 'CONFLICT', message: 'A concurrent change used the same key; retry' };
  const details = meaning.field ? [{ field: meaning.field, reason: meaning.reason! }] : undefined;
  return { statusCode: 409, code: 'CONFLICT', message: meaning.message, details };
}
