import { canChangeHouseholdStatus, headNameOf, isIsoDate, memberProblems, parseDayFirstDate } from './household-rules';
import { HOUSEHOLD_STATUSES, type MemberRelation, parseMemberRelation, parseSex } from './household';

const TODAY = '2026-11-22';
const member = (relationToHead: MemberRelation, overrides: { birthDate?: string; idNumber?: string | null } = {}) => ({
  relationToHead,
  birthDate: '1980-05-17',
  idNumber: null,
  ...overrides,
});

describe('memberProblems', () => {
  it('accepts a head followed by any other members', () => {
    expect(memberProblems([member('head'), member('spouse'), member('child', { birthDate: TODAY })], TODAY)).toEqual([]);
  });

  it('refuses a household without members', () => {
    expect(memberProblems([], TODAY)).toEqual([{ field: 'members', reason: 'Hộ phải có ít nhất một thành viên' }]);
  });

  it('refuses a household without a head', () => {
    expect(memberProblems([member('spouse'), member('child')], TODAY)).toEqual([{ field: 'members', reason: 'Hộ phải có một thành viên là chủ hộ' }]);
  });

  it('wants the head in first place and only one of them', () => {
    expect(memberProblems([member('spouse'), member('head'), member('head')], TODAY)).toEqual([
      { field: 'members.0.relationToHead', reason: 'Thành viên thứ nhất phải là chủ hộ' },
      { field: 'members.2.relationToHead', reason: 'Hộ chỉ có một chủ hộ' },
    ]);
  });

  it('allows a birth date of today but not of tomorrow, nor before 1900', () => {
    const problems = memberProblems([member('head', { birthDate: '2026-11-23' }), member('child', { birthDate: '1899-12-31' }), member('child', { birthDate: '1900-01-01' })], TODAY);
    expect(problems).toEqual([
      { field: 'members.0.birthDate', reason: 'Ngày sinh không được sau ngày hôm nay' },
      { field: 'members.1.birthDate', reason: 'Ngày sinh phải từ năm 1900 trở đi' },
    ]);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(memberProblems([member('head', { birthDate: '2023-02-29' })], TODAY)).toEqual([{ field: 'members.0.birthDate', reason: 'Ngày sinh không hợp lệ' }]);
  });

  it('takes ID numbers of 9 or 12 digits, each once in the household', () => {
    const ids = ['012345678', '001080012345', '0123456789', '001080012345'];
    const problems = memberProblems(ids.map((idNumber, i) => member(i === 0 ? 'head' : 'child', { idNumber })), TODAY);
    expect(problems).toEqual([
      { field: 'members.2.idNumber', reason: 'Số định danh phải gồm 9 hoặc 12 chữ số' },
      { field: 'members.3.idNumber', reason: 'Số định danh trùng với thành viên thứ 2' },
    ]);
  });

  it('caps a household at 30 members', () => {
    const members = [member('head'), ...Array.from({ length: 30 }, () => member('child'))];
    expect(memberProblems(members, TODAY)).toEqual([{ field: 'members', reason: 'Hộ có tối đa 30 thành viên' }]);
  });
});

describe('headNameOf', () => {
  const members = [{ fullName: '  Giàng  Seo Pao ' }, { fullName: 'Lù Thị Mai' }];

  it("is the head member's name, tidied, when none is given", () => {
    expect(headNameOf(undefined, members)).toBe('Giàng Seo Pao');
    expect(headNameOf(' ', members)).toBe('Giàng Seo Pao');
  });

  it('accepts the same name without accents or in other case', () => {
    expect(headNameOf('giang seo PAO', members)).toBe('Giàng Seo Pao');
  });

  it("refuses another member's name", () => {
    expect(headNameOf('Lù Thị Mai', members)).toEqual({ field: 'headName', reason: 'Phải trùng họ tên của thành viên là chủ hộ' });
  });
});

describe('canChangeHouseholdStatus', () => {
  const legal = new Set(['active>moved', 'active>merged', 'active>dissolved', 'moved>active', 'merged>active', 'dissolved>active']);
  const pairs = HOUSEHOLD_STATUSES.flatMap((from) => HOUSEHOLD_STATUSES.map((to) => [from, to, legal.has(`${from}>${to}`)] as const));

  it.each(pairs)('%s → %s is allowed: %s', (from, to, allowed) => {
    expect(canChangeHouseholdStatus(from, to)).toBe(allowed);
  });
});

describe('dates and words of the household book', () => {
  it.each([
    ['2026-02-28', '2026-02-28'],
    ['5/3/1987', '1987-03-05'],
    ['05.03.1987', '1987-03-05'],
    ['29-02-2024', '2024-02-29'],
    ['29/02/2023', null],
    ['1987/03/05', null],
    ['', null],
  ])('reads %p as %p', (text, expected) => {
    expect(parseDayFirstDate(text)).toBe(expected);
  });

  it('knows ISO calendar dates only', () => {
    expect([isIsoDate('2024-02-29'), isIsoDate('2025-02-29'), isIsoDate('2025-2-1')]).toEqual([true, false, false]);
  });

  it.each([
    ['Chủ hộ', 'head'],
    ['Vợ', 'spouse'],
    ['chồng', 'spouse'],
    ['Vợ / chồng', 'spouse'],
    ['Con dâu', 'child_in_law'],
    ['CON RỂ', 'child_in_law'],
    ['Cháu ngoại', 'grandchild'],
    ['Bố/mẹ', 'parent'],
    ['child', 'child'],
    ['Hàng xóm', null],
  ])('reads the relation %p as %p', (text, expected) => {
    expect(parseMemberRelation(text)).toBe(expected);
  });

  it('reads sexes in Vietnamese or English', () => {
    expect(['Nam', 'Nữ', 'nu', 'female', 'M', 'khác'].map(parseSex)).toEqual(['male', 'female', 'female', 'female', 'male', null]);
  });
});
