import { MEMBER_RELATIONS, SEXES } from '../../households/household';
import type { HouseholdFacts, IncomeFacts, MemberFacts } from '../facts';
import type { ResidenceArea } from '../standard';
import type { Choice } from '../vocabulary/choice';
import { FRAME_MATERIALS, ROOF_MATERIALS, WALL_MATERIALS } from '../vocabulary/housing';
import { INCOME_SOURCES, PROXY_ASSETS, type IncomeSource } from '../vocabulary/income';
import { INFORMATION_DEVICES } from '../vocabulary/information';
import { DIPLOMAS, EMPLOYMENT_STATUSES, SCHOOL_ATTENDANCE } from '../vocabulary/members';
import { SCREENING_SIGNS } from '../vocabulary/screening';
import { LATRINE_TYPES, WASTE_DISPOSAL, WATER_SOURCES } from '../vocabulary/water-sanitation';
import { readBoolean, readChoice, readDate, readList, readNumber, readText } from './read-answer';
import { INCOME_ANSWER_NAMES, type MemberAnswers, type ReviewAnswers } from './review-answers';

export type FactsContext = { readonly referenceDate: string; readonly area: ResidenceArea };

const asChoices = (values: readonly string[]): Choice[] => values.map((value) => ({ value, text: value }));
const SEX_CHOICES = asChoices(SEXES) as Choice<(typeof SEXES)[number]>[];
const RELATION_CHOICES = asChoices(MEMBER_RELATIONS) as Choice<(typeof MEMBER_RELATIONS)[number]>[];

/**
 * The facts a review form records, read from its answers (as the browser holds them or the server
 * stores them). Pure and cheap: the browser calls it on every change. An answer that is missing or
 * not of the question's kind becomes null (unknown), never a default.
 */
export function householdFactsFromAnswers(answers: ReviewAnswers, context: FactsContext): HouseholdFacts {
  return {
    referenceDate: context.referenceDate,
    area: context.area,
    screeningSigns: readList(SCREENING_SIGNS, answers.screening_signs),
    members: Array.isArray(answers.members) ? answers.members.map((member: MemberAnswers) => memberFacts(member ?? {})) : [],
    housing: {
      wall: readChoice(WALL_MATERIALS, answers.wall_material),
      frame: readChoice(FRAME_MATERIALS, answers.frame_material),
      roof: readChoice(ROOF_MATERIALS, answers.roof_material),
      floorArea: readNumber(answers.floor_area),
    },
    waterSource: readChoice(WATER_SOURCES, answers.water_source),
    latrine: readChoice(LATRINE_TYPES, answers.latrine_type),
    internetUse: readBoolean(answers.internet_use),
    informationDevices: readList(INFORMATION_DEVICES, answers.info_devices),
    hearsLoudspeaker: readBoolean(answers.hears_loudspeaker),
    digitalServiceUse: readBoolean(answers.digital_services),
    wasteDisposal: readChoice(WASTE_DISPOSAL, answers.waste_disposal),
    income: incomeFacts(answers),
    farmLivelihood: readBoolean(answers.farm_livelihood),
    socialProtection: { beneficiary: readBoolean(answers.social_protection), impoverishedByShock: readBoolean(answers.impoverished_by_shock) },
  };
}

function memberFacts(member: MemberAnswers): MemberFacts {
  return {
    memberId: readText(member.member_id),
    fullName: readText(member.full_name),
    sex: readChoice(SEX_CHOICES, member.sex),
    birthDate: readDate(member.birth_date),
    relation: readChoice(RELATION_CHOICES, member.relation),
    healthInsurance: readBoolean(member.health_insurance),
    schoolAttendance: readChoice(SCHOOL_ATTENDANCE, member.school_attendance),
    inEducation: readBoolean(member.in_education),
    diploma: readChoice(DIPLOMAS, member.diploma),
    employment: readChoice(EMPLOYMENT_STATUSES, member.employment),
    labourContract: readBoolean(member.labour_contract),
    severeDisability: readBoolean(member.severe_disability),
    socialAllowance: readBoolean(member.social_allowance),
    malnourished: readBoolean(member.malnourished),
  };
}

function incomeFacts(answers: ReviewAnswers): IncomeFacts | null {
  switch (answers.income_method) {
    case 'measured':
      return {
        method: 'measured',
        sources: Object.fromEntries(INCOME_SOURCES.map(({ value }) => [value, readNumber(answers[INCOME_ANSWER_NAMES[value]])])) as Record<IncomeSource, number | null>,
        productionCosts: readNumber(answers.production_costs),
      };
    case 'proxy':
      return { method: 'proxy', assets: readList(PROXY_ASSETS, answers.proxy_assets), cattle: readNumber(answers.proxy_cattle) };
    default:
      return null;
  }
}
