import type { PovertyClass } from '../households/poverty-class';
import type { SocialProtectionFacts } from './facts';
import type { IndicatorId } from './indicators/indicator';
import type { PovertyStandardId, ResidenceArea } from './standard';

/** The income the class was decided on. Measured: whole đồng, `perPersonMonthly` rounded for display
 * only (the comparison uses `totalYearly`). Proxy: a B1 score stands for the income. */
export type IncomeUsed =
  | { readonly method: 'measured'; readonly members: number; readonly totalYearly: number; readonly perPersonMonthly: number }
  | { readonly method: 'proxy'; readonly members: number; readonly totalYearly: null; readonly perPersonMonthly: null; readonly score: number; readonly tableId: string; readonly tableVersion?: number | null };

/** One step of the reasoning: the rule applied, the household's value, the threshold, the outcome, in Vietnamese too. */
export type TraceLine = {
  readonly rule: string;
  readonly value: number | string | boolean | null;
  readonly threshold: number | string | null;
  readonly outcome: string;
  readonly text: string;
};

/** Facts the NTM criteria count per household (null = not recorded). */
export type HouseholdFactSummary = {
  /** Fewer than 2 of wall, frame and roof non-durable. */
  readonly durableHousing: boolean | null;
  readonly cleanWater: boolean | null;
  readonly hygienicLatrine: boolean | null;
  /** Every member aged 6 or over has health insurance. */
  readonly allInsured: boolean | null;
  readonly internetUse: boolean | null;
  /** Owns a TV, radio, computer, phone or tablet, or hears the loudspeakers. */
  readonly informationAccess: boolean | null;
  /** Every working-age member who works for wages has a labour contract (true when none does). */
  readonly workersWithContract: boolean | null;
  /** Lives from agriculture, forestry, fishery or salt making. */
  readonly farmLivelihood: boolean | null;
};

export type HouseholdAssessment = {
  readonly standardId: PovertyStandardId;
  readonly area: ResidenceArea;
  readonly referenceDate: string;
  readonly povertyClass: PovertyClass;
  /** Indicators the household is deprived in, in the standard's order. */
  readonly deprived: readonly IndicatorId[];
  /** Indicators that could not be decided for want of a fact. */
  readonly unknown: readonly IndicatorId[];
  readonly deprivationCount: number;
  /** Members on the roster. */
  readonly members: number;
  readonly income: IncomeUsed | null;
  readonly trace: readonly TraceLine[];
  readonly householdFacts: HouseholdFactSummary;
  /** For the configurable NTM exclusion (households on social protection or impoverished by a shock). */
  readonly socialProtection: SocialProtectionFacts;
};
