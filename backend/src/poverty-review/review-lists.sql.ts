import {
  HOUSEHOLD_MOVEMENT_LABELS_VI,
  type HouseholdMovement,
  labelIndicators,
  POVERTY_CLASS_LABELS_VI,
  type PovertyStandard,
  type PostedListRow,
  type PovertyClass,
  type RecognitionList,
  type RecognitionListRow,
} from '@ntm/shared';
import { recognitionListWhere } from './recognition-lists.sql';

type ListRowBase = { rank: number; householdId: string; code: string; headName: string; villageCode: string; villageName: string; deprived: string[]; incomePerMonth: number | null };
export type PostedRow = ListRowBase & { members: string[]; povertyClass: PovertyClass };
export type RecognisedRow = ListRowBase & { memberCount: number; previousClass: PovertyClass | null; povertyClass: PovertyClass; movement: HouseholdMovement | null };

const INCOME_PER_MONTH = `round(a.income_yearly::numeric / NULLIF(a.members, 0) / 12)::float8 AS "incomePerMonth"`;
const HOUSEHOLD_COLUMNS = `hh.id AS "householdId", hh.code, hh.head_name AS "headName", u.code AS "villageCode", u.name AS "villageName"`;

/** A village's posted list ($1 campaign, $2 village, $3 class): its listed households of that class
 * by the server's classification of their forms, with members, deprivations and income. */
export const POSTED_LIST_SQL = `
  SELECT row_number() OVER (ORDER BY hh.code)::int AS rank, ${HOUSEHOLD_COLUMNS},
         (SELECT coalesce(array_agg(m.full_name ORDER BY m.position), '{}') FROM household_member m WHERE m.household_id = hh.id) AS members,
         a.deprived, ${INCOME_PER_MONTH}, a.poverty_class AS "povertyClass"
    FROM poverty_review_household h
    JOIN poverty_review_village v ON v.id = h.review_village_id
    JOIN administrative_unit u ON u.code = v.village_code
    JOIN household hh ON hh.id = h.household_id
    JOIN survey_response r ON r.campaign_id = h.campaign_id AND r.household_id = h.household_id
    JOIN household_assessment a ON a.response_id = r.id
   WHERE v.campaign_id = $1 AND v.village_code = $2 AND a.poverty_class = $3
   ORDER BY hh.code`;

/** A commune's recognition list ($1 campaign, $2 LIKE pattern of the commune's path). */
export function recognitionListSql(list: RecognitionList): string {
  return `
  SELECT row_number() OVER (ORDER BY u.path, hh.code)::int AS rank, ${HOUSEHOLD_COLUMNS},
         coalesce(a.members, (SELECT count(*) FROM household_member m WHERE m.household_id = hh.id))::int AS "memberCount",
         hr.previous_class AS "previousClass", hr.poverty_class AS "povertyClass", hr.movement,
         coalesce(a.deprived, '{}') AS deprived, ${INCOME_PER_MONTH}
    FROM household_recognition hr
    JOIN household hh ON hh.id = hr.household_id
    JOIN administrative_unit u ON u.code = hr.village_code
    LEFT JOIN household_assessment a ON a.campaign_id = hr.campaign_id AND a.household_id = hr.household_id
   WHERE hr.campaign_id = $1 AND hr.unit_path LIKE $2 AND ${recognitionListWhere(list)}
   ORDER BY u.path, hh.code`;
}

export const POSTED_HEADER = ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Thôn', 'Các thành viên', 'Số nhân khẩu', 'Chỉ số thiếu hụt', 'Số chỉ số thiếu hụt', 'Thu nhập bình quân (đồng/người/tháng)'] as const;

export const RECOGNITION_HEADER = [
  'STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Phân loại năm trước', 'Phân loại năm nay', 'Diễn biến', 'Chỉ số thiếu hụt', 'Thu nhập bình quân (đồng/người/tháng)',
] as const;

/** The deprivations' names (under the standard of the campaign's year), as one cell. */
const deprivedText = (row: ListRowBase, standard: PovertyStandard | null) => labelIndicators(row.deprived, standard).map(({ label }) => label).join('; ');

export function postedCells(standard: PovertyStandard | null): (row: PostedRow) => unknown[] {
  return (row) => [row.rank, row.code, row.headName, row.villageName, row.members.join(', '), row.members.length, deprivedText(row, standard), row.deprived.length, row.incomePerMonth];
}

export function recognitionCells(standard: PovertyStandard | null): (row: RecognisedRow) => unknown[] {
  return (row) => {
    const previous = row.previousClass ? POVERTY_CLASS_LABELS_VI[row.previousClass] : '';
    const movement = row.movement ? HOUSEHOLD_MOVEMENT_LABELS_VI[row.movement] : '';
    return [row.rank, row.code, row.headName, row.villageName, row.memberCount, previous, POVERTY_CLASS_LABELS_VI[row.povertyClass], movement, deprivedText(row, standard), row.incomePerMonth];
  };
}

const base = (row: ListRowBase, standard: PovertyStandard | null) => ({
  rank: row.rank,
  household: { id: row.householdId, code: row.code, headName: row.headName },
  village: { code: row.villageCode, name: row.villageName, type: 'village' as const },
  deprived: labelIndicators(row.deprived, standard),
  incomePerMonth: row.incomePerMonth,
});

export function toPostedListRow(standard: PovertyStandard | null): (row: PostedRow) => PostedListRow {
  return (row) => ({ ...base(row, standard), members: row.members, povertyClass: row.povertyClass });
}

export function toRecognitionListRow(standard: PovertyStandard | null): (row: RecognisedRow) => RecognitionListRow {
  return (row) => ({ ...base(row, standard), memberCount: row.memberCount, previousClass: row.previousClass, povertyClass: row.povertyClass, movement: row.movement });
}
