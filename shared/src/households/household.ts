import { foldDiacritics } from '../units/fold-diacritics';

/** Lifecycle of a household in the registry (sổ hộ): it stays on record after it moves away,
 * merges into another household or dissolves, so past reviews keep their subject. */
export const HOUSEHOLD_STATUSES = ['active', 'moved', 'merged', 'dissolved'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const HOUSEHOLD_STATUS_LABELS_VI: Readonly<Record<HouseholdStatus, string>> = {
  active: 'Đang cư trú',
  moved: 'Đã chuyển đi',
  merged: 'Đã nhập hộ khác',
  dissolved: 'Đã giải thể',
};

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export const SEX_LABELS_VI: Readonly<Record<Sex, string>> = { male: 'Nam', female: 'Nữ' };

/** Relation to the head of household (quan hệ với chủ hộ), as written in the household book. */
export const MEMBER_RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'child_in_law', 'other'] as const;
export type MemberRelation = (typeof MEMBER_RELATIONS)[number];

export const MEMBER_RELATION_LABELS_VI: Readonly<Record<MemberRelation, string>> = {
  head: 'Chủ hộ',
  spouse: 'Vợ/chồng',
  child: 'Con',
  parent: 'Bố/mẹ',
  grandchild: 'Cháu',
  sibling: 'Anh/chị/em',
  child_in_law: 'Con dâu/con rể',
  other: 'Khác',
};

/** Ways the household book writes a relation (folded: no accents, lower case). */
const RELATION_WORDS: Readonly<Record<MemberRelation, readonly string[]>> = {
  head: ['chu ho'],
  spouse: ['vo', 'chong', 'vo/chong', 'vo chong'],
  child: ['con', 'con de', 'con nuoi'],
  parent: ['bo', 'me', 'cha', 'bo/me', 'bo me', 'cha me', 'cha/me'],
  grandchild: ['chau', 'chau noi', 'chau ngoai'],
  sibling: ['anh', 'chi', 'em', 'anh/chi/em', 'anh chi em'],
  child_in_law: ['con dau', 'con re', 'con dau/con re'],
  other: ['khac'],
};

const SEX_WORDS: Readonly<Record<Sex, readonly string[]>> = { male: ['nam', 'm'], female: ['nu', 'f'] };

function wordLookup<T extends string>(words: Readonly<Record<T, readonly string[]>>): (text: string) => T | null {
  const byWord = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    for (const word of [value, ...list]) byWord.set(word, value);
  }
  return (text) => byWord.get(foldDiacritics(text).replace(/\s*\/\s*/g, '/')) ?? null;
}

/** "Vợ", "con dâu", "Chủ hộ" or the English key → the relation; null when unknown. */
export const parseMemberRelation = wordLookup(RELATION_WORDS);

/** "Nam", "Nữ", "male", "F"… → the sex; null when unknown. */
export const parseSex = wordLookup(SEX_WORDS);
