import type { UnitRef } from '../api/survey-contracts';
import type { ExclusionRule } from '../poverty-review/review-settings';
import type { PovertyIndicatorCounts } from './indicator-counts';
import type { PovertyIndicatorRates } from './rates';

/** One unit's figures in a campaign: the stored counts and the rates computed from them. */
export type PovertyIndicatorRowDto = {
  unit: UnitRef;
  counts: PovertyIndicatorCounts;
  rates: PovertyIndicatorRates;
  computedAt: string;
};

/** GET /api/poverty-indicators?campaign=&unit= */
export type PovertyIndicatorsDto = {
  campaignId: string;
  /** Frozen with the campaign's finalisation: later changes do not move these figures. */
  frozen: boolean;
  /** The rule applied to the NTM rates, shown on every report. */
  exclusionRule: ExclusionRule;
  row: PovertyIndicatorRowDto;
  /** The unit above, when the caller may see it (to go up a level). */
  parentCode: string | null;
  /** The unit's children in the campaign (communes of a province, villages of a commune). */
  children: PovertyIndicatorRowDto[];
  /** The whole campaign, when the caller's scope covers every unit of it; else null. */
  campaignTotal: PovertyIndicatorRowDto | null;
};

export type PovertyIndicatorsQuery = {
  campaign: string;
  /** Defaults to the caller's own unit. */
  unit?: string;
  /** Override the province's NTM exclusion rule (poverty review settings), e.g. to compare. */
  excludeSocialProtection?: boolean;
  excludeImpoverishedByShock?: boolean;
};

/** POST /api/poverty-indicators/recompute */
export type RecomputeIndicatorsRequest = { campaign: string };
export type RecomputeIndicatorsResult = { campaignId: string; units: number; computedAt: string };
