import { createHash } from 'node:crypto';
import type { Comparison, CriteriaIndicator, CriteriaSet, FieldError } from '@ntm/shared';
import { DomainError, invalid } from '../common/errors/domain-error';

/** Why a value does not fit an indicator's comparison (yes/no takes true/false, the others a
 * number), or null when it fits. */
export function valueProblem(comparison: Comparison, value: unknown): string | null {
  if (comparison === 'yes_no') return typeof value === 'boolean' ? null : 'phải là true (đạt) hoặc false (không đạt) với chỉ tiêu đạt/không đạt';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'phải là một số';
  if (Math.round(value * 100) !== value * 100) return 'có tối đa 2 chữ số thập phân';
  return null;
}

export function requireIndicator(set: CriteriaSet, indicatorId: string, field = 'indicatorId'): { indicator: CriteriaIndicator; criterion: number } {
  for (const criterion of set.criteria) {
    const indicator = criterion.indicators.find((i) => i.id === indicatorId);
    if (indicator) return { indicator, criterion: criterion.number };
  }
  throw invalid(field, `bộ tiêu chí ${set.id} không có chỉ tiêu "${indicatorId}"`);
}

export function requireYearOfSet(set: CriteriaSet, year: number, field: string): void {
  if (year < set.fromYear || year > set.toYear) throw invalid(field, `phải trong giai đoạn ${set.fromYear}–${set.toYear} của bộ tiêu chí`);
}

/** Several bad fields at once, each with its reason. */
export function invalidFields(details: FieldError[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${details.map((d) => d.field).join(', ')}`, details);
}

/** A stable audit id for what has a composite key (a threshold cell, a closed year), so its trail
 * stays one even when it is removed and set again. */
export function auditIdOf(key: readonly (string | number)[]): string {
  const hex = createHash('md5').update(key.join('|')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
