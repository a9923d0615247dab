import type { CriteriaLevelOfUnit } from '@ntm/shared';

/** A village is evaluated with a village set, every other unit with a commune set. */
export const unitLevelOf = (unit: { type: string }): CriteriaLevelOfUnit => (unit.type === 'village' ? 'village' : 'commune');
