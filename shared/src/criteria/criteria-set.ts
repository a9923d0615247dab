import type { RuleStatus } from '../poverty/standard';
import type { CommuneGroup, NtmRegion } from '../units/ntm-region';

/** How an indicator's value is judged against its threshold. `yes_no`: the value is a boolean
 * (met / not met), entered by the responsible agency for qualitative indicators or fed by a poll. */
export type Comparison = 'gte' | 'lte' | 'eq' | 'yes_no';

/** Which column of thresholds a set uses: Decision 318 varies by the 7 regions, Decision 51/2025
 * by the 3 commune groups; a province's own set may have a single column. */
export type ThresholdScheme = 'region' | 'group' | 'single';

/** A column of the threshold table: a region, a commune group (`G1`–`G3`) or `ALL`. */
export type ThresholdColumn = NtmRegion | `G${CommuneGroup}` | 'ALL';

/** A threshold from a year on (thresholds such as income step up each year of 2022–2025). */
export type ThresholdStep = { fromYear: number; value: number | boolean };

/** Indicators a survey computes: the commune's (or village's) value comes from the latest
 * finalised campaign of the right kind, traced to it. */
export const CRITERIA_FEEDS = [
  'poverty.multidimensionalRate',
  'poverty.poorRate',
  'income.perHead',
  'facts.durableHousing',
  'facts.cleanWater',
  'facts.hygienicLatrine',
  'facts.allInsured',
  'facts.internetUse',
  'poll.satisfactionRate',
  'poll.passed',
] as const;
export type CriteriaFeed = (typeof CRITERIA_FEEDS)[number];

export type IndicatorSource = { kind: 'manual' } | { kind: 'feed'; feed: CriteriaFeed };

export type CriteriaIndicator = {
  /** Unique in its set, e.g. `11.1`, `6.2`. */
  id: string;
  name: string;
  /** Vietnamese unit: `%`, `triệu đồng/người/năm`, `km`… ; empty for yes/no indicators. */
  unit: string;
  comparison: Comparison;
  /** National thresholds per column, each a list of year steps (ascending `fromYear`). A column
   * missing here falls back to `ALL`. */
  thresholds: Partial<Record<ThresholdColumn, ThresholdStep[]>>;
  source: IndicatorSource;
  legalBasis: string;
  status: RuleStatus;
};

export type Criterion = { number: number; name: string; indicators: CriteriaIndicator[] };

/** What a set recognises: the commune level (NTM), its advanced and model tiers (2021–2025), or a
 * village level (thôn NTM / thôn kiểu mẫu) that a province adds. */
export type CriteriaTier = 'ntm' | 'advanced' | 'model' | 'modern';
export type CriteriaLevelOfUnit = 'commune' | 'village';

export type CriteriaSet = {
  /** Stable key, e.g. `QD318_2022_NTM`, `QD51_2025`; a province's own set is `P<code>_<key>`. */
  id: string;
  version: number;
  name: string;
  unitLevel: CriteriaLevelOfUnit;
  tier: CriteriaTier;
  /** Years the set applies to (inclusive). */
  fromYear: number;
  toYear: number;
  scheme: ThresholdScheme;
  legalBasis: string;
  status: RuleStatus;
  /** Set by a province for its own sets; null for the national sets shipped with the product. */
  provinceCode: string | null;
  criteria: Criterion[];
};

/** The unit's attributes that choose the threshold column. */
export type UnitProfile = { ntmRegion: NtmRegion | null; communeGroup: CommuneGroup | null; particularlyDifficult: boolean };

/** A province's threshold beside the national one (also how a province sets a "to confirm" value). */
export type ThresholdOverride = { indicatorId: string; column: ThresholdColumn; fromYear: number; value: number | boolean };
