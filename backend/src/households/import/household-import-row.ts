import { HOUSEHOLD_CODE_PATTERN, type HouseholdImportRowError, type HouseholdMemberInput, parseDayFirstDate, parseMemberRelation, parseSex } from '@ntm/shared';
import type { RawRow } from '../../common/import/read-table-file';
import { type HouseholdColumn, LABEL_OF } from './household-file';

/** One member row of a household file. `member` is null when one of its cells is wrong; the
 * household and village codes are kept whenever they can be read, to group the row. */
export type HouseholdImportRow = {
  row: number;
  householdCode: string;
  villageCode: string;
  headName: string;
  address: string;
  member: HouseholdMemberInput | null;
  errors: HouseholdImportRowError[];
};

const LENGTHS: Partial<Record<HouseholdColumn, number>> = { head_name: 200, address: 300, full_name: 200, ethnicity: 60 };

export function parseHouseholdRow(raw: RawRow): HouseholdImportRow {
  const errors: HouseholdImportRowError[] = [];
  const fail = (column: HouseholdColumn, reason: string) => errors.push({ row: raw.row, field: LABEL_OF[column], reason });
  const cell = (column: HouseholdColumn) => {
    const value = (raw.cells[column] ?? '').trim();
    const max = LENGTHS[column];
    if (max && value.length > max) fail(column, `Tối đa ${max} ký tự`);
    return value;
  };
  const required = <T>(column: HouseholdColumn, parse: (text: string) => T | null, reason: (text: string) => string): T | null => {
    const text = cell(column);
    const value = text ? parse(text) : null;
    if (value === null) fail(column, text ? reason(text) : 'Bắt buộc');
    return value;
  };

  const householdCode = required('household_code', (v) => (HOUSEHOLD_CODE_PATTERN.test(v) ? v : null), () => 'Gồm 1–32 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới');
  const villageCode = required('village_code', (v) => v, () => '');
  const fullName = required('full_name', (v) => v, () => '');
  const sex = required('sex', parseSex, (v) => `Không rõ giới tính "${v}" (Nam hoặc Nữ)`);
  const birthDate = required('birth_date', parseDayFirstDate, (v) => `Không đọc được ngày "${v}" (DD/MM/YYYY hoặc YYYY-MM-DD)`);
  const relationToHead = required('relation_to_head', parseMemberRelation, (v) => `Không rõ quan hệ "${v}" (Chủ hộ, Vợ, Chồng, Con, Bố, Mẹ, Cháu, Anh, Chị, Em, Con dâu, Con rể, Khác)`);
  const ethnicity = required('ethnicity', (v) => v, () => '');
  const idNumber = cell('id_number').replace(/\s+/g, '') || null;
  const headName = cell('head_name');
  const address = cell('address');
  const member = errors.length === 0 ? { fullName: fullName!, sex: sex!, birthDate: birthDate!, relationToHead: relationToHead!, ethnicity: ethnicity!, idNumber } : null;
  return { row: raw.row, householdCode: householdCode ?? '', villageCode: villageCode ?? '', headName, address, member, errors };
}
