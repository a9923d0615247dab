import type { PovertyClass } from '../households/poverty-class';
import type { ExclusionRule } from '../poverty-review/review-settings';

/** The household facts the NTM criteria need as shares of reviewed households (QĐ 318/2022 criteria
 * on housing, water, sanitation, health insurance and information). */
export const HOUSEHOLD_FACTS = ['durableHousing', 'cleanWater', 'hygienicLatrine', 'allInsured', 'internetUse'] as const;
export type HouseholdFact = (typeof HOUSEHOLD_FACTS)[number];

export const HOUSEHOLD_FACT_LABELS_VI: Readonly<Record<HouseholdFact, string>> = {
  durableHousing: 'Nhà ở kiên cố, bán kiên cố',
  cleanWater: 'Sử dụng nước sạch',
  hygienicLatrine: 'Có nhà tiêu hợp vệ sinh',
  allInsured: 'Mọi thành viên có bảo hiểm y tế',
  internetUse: 'Sử dụng dịch vụ internet',
};

/** `known`: households whose answer was recorded; `yes`: those among them that have the fact. */
export type FactCount = { yes: number; known: number };

/** Poor (or near-poor) households on social protection, impoverished by an accident, disease or
 * disaster, and both: enough to apply any exclusion rule at read time without recomputing. */
export type ExclusionCounts = { socialProtection: number; impoverishedByShock: number; both: number };

/** How a report states the NTM exclusion rule (a provincial setting of the review procedure) it applied. */
export function exclusionRuleLabelVi(rule: ExclusionRule): string {
  const parts = [
    rule.excludeSocialProtection ? 'hộ thuộc diện bảo trợ xã hội' : null,
    rule.excludeImpoverishedByShock ? 'hộ nghèo, cận nghèo do tai nạn, ốm đau, thiên tai' : null,
  ].filter(Boolean);
  return parts.length ? `Không tính ${parts.join(' và ')}` : 'Không loại trừ hộ nào';
}

/** What is stored per (campaign, unit): integer counts only, summed from villages upwards. */
export type PovertyIndicatorCounts = {
  /** Active households of the registry: the denominator of the poverty rates. */
  households: number;
  /** Households with an approved review (an approved response and its assessment). */
  reviewed: number;
  classes: Record<PovertyClass, number>;
  excluded: { poor: ExclusionCounts; nearPoor: ExclusionCounts };
  /** Households deprived in each indicator, keyed by the standard's indicator id. */
  deprived: Record<string, number>;
  /** Households whose answer for the indicator is missing. */
  unknownIndicators: Record<string, number>;
  /** Households with a known income, their members and their income over 12 months (đồng, exact). */
  income: { households: number; members: number; yearlySum: string };
  facts: Record<HouseholdFact, FactCount>;
  /** Year-over-year movements recognised in the campaign (newly poor, escaped…), keyed by movement. */
  movements: Record<string, number>;
};
