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
