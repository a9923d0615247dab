import type { NtmRegion } from '../../units/ntm-region';
import type { PovertyStandardId, ResidenceArea, RuleStatus } from '../standard';
import type { BandLimits } from './income-band';

/** Characteristics the B1 score reads, each with a short string value ('yes'/'no', a band). */
export const PROXY_FACT_KEYS = [
  'household_size',
  'durable_house',
  'area_per_person',
  'clean_water',
  'hygienic_latrine',
  'internet',
  'tv',
  'computer',
  'motorbike',
  'fridge',
  'washing_machine',
  'air_conditioner',
  'water_heater',
  'car',
  'cattle',
] as const;
export type ProxyFactKey = (typeof PROXY_FACT_KEYS)[number];

const YES_NO = ['yes', 'no'] as const;

/** The values `proxyFactsOf` gives each characteristic: the keys a table's points may use. */
export const PROXY_FACT_VALUES: Readonly<Record<ProxyFactKey, readonly string[]>> = {
  household_size: ['1', '2', '3', '4', '5', '6+'],
  durable_house: YES_NO,
  area_per_person: ['under_8', '8_to_15', '15_to_30', '30_plus'],
  clean_water: YES_NO,
  hygienic_latrine: YES_NO,
  internet: YES_NO,
  tv: YES_NO,
  computer: YES_NO,
  motorbike: YES_NO,
  fridge: YES_NO,
  washing_machine: YES_NO,
  air_conditioner: YES_NO,
  water_heater: YES_NO,
  car: YES_NO,
  cattle: ['0', '1', '2+'],
};

/** A household's B1 characteristics; null = not recorded. */
export type ProxyFacts = Readonly<Record<ProxyFactKey, string | null>>;

/** Points for each value of one characteristic, by area. A value the table does not list scores 0. */
export type ProxyScoringItem = {
  readonly fact: ProxyFactKey;
  readonly label: string;
  readonly points: Readonly<Record<ResidenceArea, Readonly<Record<string, number>>>>;
};

/**
 * A B1 proxy scoring table (Phiếu B, Circular 07/2021/TT-BLĐTBXH): region-specific points for
 * household characteristics and assets, and the score thresholds that stand for the income lines
 * (a score at or under `line` counts as income at or under the poverty line). Tables are data that
 * administrators edit and the backend stores, so the classifier takes one as an argument.
 */
export type ProxyScoringTable = {
  readonly id: string;
  readonly title: string;
  readonly standards: readonly PovertyStandardId[];
  readonly regions: readonly NtmRegion[];
  readonly basis: string;
  readonly status: RuleStatus;
  /** The stored version an administrator saved; absent for the table shipped in code. */
  readonly version?: number;
  readonly base: Readonly<Record<ResidenceArea, number>>;
  readonly items: readonly ProxyScoringItem[];
  readonly thresholds: Readonly<Record<ResidenceArea, BandLimits>>;
};

/** What an administrator edits and the backend stores as JSON; id, status, basis and version are the stored row's. */
export type ProxyTableContent = Pick<ProxyScoringTable, 'title' | 'standards' | 'regions' | 'base' | 'items' | 'thresholds'>;

export type ProxyScore = { readonly score: number | null; readonly missing: readonly ProxyFactKey[] };

/** Base plus each item's points for the household's value; unknown when a characteristic the table scores is missing. */
export function scoreProxy(table: ProxyScoringTable, area: ResidenceArea, facts: ProxyFacts): ProxyScore {
  const missing = table.items.filter((item) => facts[item.fact] === null).map((item) => item.fact);
  if (missing.length > 0) return { score: null, missing };
  const score = table.items.reduce((sum, item) => sum + (item.points[area][facts[item.fact]!] ?? 0), table.base[area]);
  return { score, missing };
}
