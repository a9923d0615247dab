import type { FieldError } from '../api/error-codes';
import { foldDiacritics } from '../units/fold-diacritics';
import type { HouseholdStatus } from './household';
import type { HouseholdMemberInput } from './household-contracts';

export const HOUSEHOLD_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;
/** Căn cước công dân (12 digits) or the older chứng minh nhân dân (9 digits). */
export const ID_NUMBER_PATTERN = /^(\d{9}|\d{12})$/;
export const MAX_HOUSEHOLD_MEMBERS = 30;
export const EARLIEST_BIRTH_DATE = '1900-01-01';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date as people write it in the household book (DD/MM/YYYY, also with dots or dashes) or ISO;
 * YYYY-MM-DD, or null when it is no calendar date. */
export function parseDayFirstDate(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = DAY_FIRST_DATE.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

type MemberFacts = Pick<HouseholdMemberInput, 'relationToHead' | 'birthDate' | 'idNumber'>;

/**
 * What is wrong with a household's member list, beyond each field's own format: at least one
 * member and at most MAX_HOUSEHOLD_MEMBERS, exactly one head and in first place (as in the
 * household book), birth dates from 1900 up to `today`, ID numbers of 9 or 12 digits, each once.
 * Fields are `members` or `members.<index>.<field>`.
 */
export function memberProblems(members: readonly MemberFacts[], today: string): FieldError[] {
  if (members.length === 0) return [{ field: 'members', reason: 'Hộ phải có ít nhất một thành viên' }];
  const problems: FieldError[] = [];
  const fail = (index: number, field: string, reason: string) => problems.push({ field: `members.${index}.${field}`, reason });
  if (members.length > MAX_HOUSEHOLD_MEMBERS) problems.push({ field: 'members', reason: `Hộ có tối đa ${MAX_HOUSEHOLD_MEMBERS} thành viên` });
  const heads = members.flatMap((m, index) => (m.relationToHead === 'head' ? [index] : []));
  if (heads.length === 0) problems.push({ field: 'members', reason: 'Hộ phải có một thành viên là chủ hộ' });
  else if (heads[0] !== 0) fail(0, 'relationToHead', 'Thành viên thứ nhất phải là chủ hộ');
  heads.slice(1).forEach((index) => fail(index, 'relationToHead', 'Hộ chỉ có một chủ hộ'));
  const firstWithId = new Map<string, number>();
  members.forEach((member, index) => {
    if (!isIsoDate(member.birthDate)) fail(index, 'birthDate', 'Ngày sinh không hợp lệ');
    else if (member.birthDate > today) fail(index, 'birthDate', 'Ngày sinh không được sau ngày hôm nay');
    else if (member.birthDate < EARLIEST_BIRTH_DATE) fail(index, 'birthDate', 'Ngày sinh phải từ năm 1900 trở đi');
    if (!member.idNumber) return;
    if (!ID_NUMBER_PATTERN.test(member.idNumber)) fail(index, 'idNumber', 'Số định danh phải gồm 9 hoặc 12 chữ số');
    const earlier = firstWithId.get(member.idNumber);
    if (earlier !== undefined) fail(index, 'idNumber', `Số định danh trùng với thành viên thứ ${earlier + 1}`);
    else firstWithId.set(member.idNumber, index);
  });
  return problems;
}

/** The head's name as stored: always the head member's (the first); a name given beside the
 * members must be that one, accents, case and spacing aside. */
export function headNameOf(headName: string | undefined, members: readonly Pick<HouseholdMemberInput, 'fullName'>[]): string | FieldError {
  const head = members[0]?.fullName.trim().replace(/\s+/g, ' ') ?? '';
  if (!headName?.trim() || foldDiacritics(headName) === foldDiacritics(head)) return head;
  return { field: 'headName', reason: 'Phải trùng họ tên của thành viên là chủ hộ' };
}

/** An active household may move away, merge into another or dissolve; a household that did may
 * be restored to active (e.g. it came back). Nothing else. */
export function canChangeHouseholdStatus(from: HouseholdStatus, to: HouseholdStatus): boolean {
  return from === 'active' ? to !== 'active' : to === 'active';
}
