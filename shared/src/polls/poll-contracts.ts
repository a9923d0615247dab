import type { CampaignDto, PersonRef, SurveyDefinition, UnitRef } from '../api/survey-contracts';
import type { PaperMode } from './collection-mode';
import type { PollItem } from './poll-items';
import type { UnitEvaluation } from './poll-rates';
import type { PollRules } from './poll-rules';

/** Where a village's household total comes from: the registry's active households, or the number
 * the Front officer entered for a village not yet in the registry. */
export type HouseholdSource = 'registry' | 'entered';

export type PollVillageDto = {
  code: string;
  name: string;
  communeCode: string;
  communeName: string;
  /** The total the count check and coverage use; null when neither source has it. */
  households: number | null;
  householdsSource: HouseholdSource | null;
  registryHouseholds: number;
  enteredHouseholds: number | null;
  /** Where the entered number comes from (e.g. "Danh sách hộ của trưởng thôn, 01/2026"). */
  enteredSource: string | null;
  /** Forms returned and counted (voided batches left out). */
  returned: number;
  /** Hundredths of a percent. */
  coverage: number | null;
  tokensIssued: number;
  tokensUsed: number;
};

export type PollDetail = {
  campaign: CampaignDto;
  rules: PollRules;
  items: PollItem[];
  villages: PollVillageDto[];
  /** The caller may change the rules, the household numbers, batches and tokens. */
  canManage: boolean;
};

export type CreatePollRequest = {
  name: string;
  formVersionId: string;
  year: number;
  opensOn: string;
  /** Defaults to the end of the window of `rules.windowWorkingDays` working days. */
  closesOn?: string;
  unitCodes: string[];
  rules?: PollRules;
};

/** A poll questionnaire to create a poll with: the latest published version of a standard poll form. */
export type PollFormOption = { versionId: string; key: string; title: string; version: number };

export type SetHouseholdsRequest = { households: number; source: string };

export type CreateBatchRequest = { villageCode: string; label: string; mode: PaperMode };

export type PollBatchDto = {
  id: string;
  campaignId: string;
  village: UnitRef;
  label: string;
  mode: PaperMode;
  enteredBy: PersonRef;
  createdAt: string;
  /** Forms keyed into the batch (still counted unless the batch is voided). */
  forms: number;
  voidedAt: string | null;
  voidedBy: PersonRef | null;
  voidReason: string | null;
};

export type PaperFormRequest = { answers: Record<string, unknown> };

/** A saved form and its village's running count. */
export type PollFormSaved = { id: string; villageCode: string; returned: number; households: number | null };

export type IssueTokensRequest = { villageCode: string; count: number };

/** The only time the codes are readable: the server keeps their hashes. */
export type IssuedTokens = { villageCode: string; villageName: string; pollName: string; closesOn: string; codes: string[] };

export type PublicPollForm = { pollName: string; villageName: string; communeName: string; closesOn: string; definition: SurveyDefinition };
export type PublicPollSubmit = { answers: Record<string, unknown> };

export type PollResultLevel = 'village' | 'commune' | 'poll';
/** Rates, coverage and average in hundredths of a percent (98.61% → 9861). */
export type PollUnitResult = UnitEvaluation & {
  level: PollResultLevel;
  /** The village or commune; for the whole poll, code "*" and the poll's name. */
  unit: { code: string; name: string };
  parentCode: string | null;
};

export type PollResults = {
  campaignId: string;
  /** Served from the snapshot written when the poll was finalised. */
  frozen: boolean;
  frozenAt: string | null;
  rules: PollRules;
  items: PollItem[];
  villages: PollUnitResult[];
  communes: PollUnitResult[];
  total: PollUnitResult;
};

export type VillageProposals = { village: UnitRef; proposals: string[] };

export type PollReportFormat = 'xlsx' | 'html';
export type PollReportQuery = { format: PollReportFormat; unitCode?: string };

