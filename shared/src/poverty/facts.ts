import type { MemberRelation, Sex } from '../households/household';
import type { ResidenceArea } from './standard';
import type { IncomeSource, ProxyAsset } from './vocabulary/income';
import type { InformationDevice } from './vocabulary/information';
import type { WallMaterial, FrameMaterial, RoofMaterial } from './vocabulary/housing';
import type { Diploma, EmploymentStatus, SchoolAttendance } from './vocabulary/members';
import type { ScreeningSign } from './vocabulary/screening';
import type { LatrineType, WasteDisposal, WaterSource } from './vocabulary/water-sanitation';

/**
 * What the review recorded about a household, as facts: the rules derive every verdict from them.
 * `null` always means "not recorded" (the question was not answered or was hidden), never "no".
 */
export type HouseholdFacts = {
  /** The review's reference date (YYYY-MM-DD): ages are taken on it. */
  readonly referenceDate: string;
  readonly area: ResidenceArea;
  /** Phiếu A: the clear non-poor signs ticked; an empty list means none applies. */
  readonly screeningSigns: readonly ScreeningSign[] | null;
  readonly members: readonly MemberFacts[];
  readonly housing: HousingFacts;
  readonly waterSource: WaterSource | null;
  readonly latrine: LatrineType | null;
  /** At least one member uses internet services. */
  readonly internetUse: boolean | null;
  /** Devices owned; an empty list means none. */
  readonly informationDevices: readonly InformationDevice[] | null;
  readonly hearsLoudspeaker: boolean | null;
  /** Decree 351/2025 (from 2027): a member uses digital services; to be confirmed. */
  readonly digitalServiceUse: boolean | null;
  readonly wasteDisposal: WasteDisposal | null;
  /** Decision 59/2015 only (history): a member was ill and could not get care. Not on the current form. */
  readonly untreatedIllness?: boolean | null;
  readonly income: IncomeFacts | null;
  /** The household lives from agriculture, forestry, fishery or salt making. */
  readonly farmLivelihood: boolean | null;
  readonly socialProtection: SocialProtectionFacts;
};

export type MemberFacts = {
  /** The registry's member id, when the roster was filled from the registry. */
  readonly memberId: string | null;
  readonly fullName: string | null;
  readonly sex: Sex | null;
  /** YYYY-MM-DD. */
  readonly birthDate: string | null;
  readonly relation: MemberRelation | null;
  readonly healthInsurance: boolean | null;
  readonly schoolAttendance: SchoolAttendance | null;
  /** In school or a training course (16 to 30). */
  readonly inEducation: boolean | null;
  readonly diploma: Diploma | null;
  readonly employment: EmploymentStatus | null;
  readonly labourContract: boolean | null;
  /** Severe or very severe disability, unable to work. */
  readonly severeDisability: boolean | null;
  readonly socialAllowance: boolean | null;
  /** Under 16: stunted (height for age) or underweight (weight for age). */
  readonly malnourished: boolean | null;
};

export type HousingFacts = {
  readonly wall: WallMaterial | null;
  readonly frame: FrameMaterial | null;
  readonly roof: RoofMaterial | null;
  /** Floor area in m². */
  readonly floorArea: number | null;
};

export type MeasuredIncomeFacts = {
  readonly method: 'measured';
  /** Whole đồng over the last 12 months, by source. */
  readonly sources: Readonly<Record<IncomeSource, number | null>>;
  readonly productionCosts: number | null;
};

export type ProxyIncomeFacts = {
  readonly method: 'proxy';
  readonly assets: readonly ProxyAsset[] | null;
  /** Buffalo, cows and horses. */
  readonly cattle: number | null;
};

export type IncomeFacts = MeasuredIncomeFacts | ProxyIncomeFacts;

export type SocialProtectionFacts = {
  /** The household is on social protection (bảo trợ xã hội). */
  readonly beneficiary: boolean | null;
  /** Fell into poverty through an accident, illness or disaster. */
  readonly impoverishedByShock: boolean | null;
};
