import type { CampaignKind, CampaignStatus } from '../surveys/campaign';
import type { ResponseStatus, SaveStatus } from '../surveys/response-status';
import type { ReviewAssessmentDto } from '../poverty-indicators/assessment-view';
import type { UnitType } from '../units/unit-type';
import type { ResidenceArea } from '../poverty/standard';

/** A SurveyJS form definition (the JSON survey-core loads). */
export type SurveyDefinition = Record<string, unknown>;

export type FormVersionStatus = 'draft' | 'published';

export type PersonRef = { id: string; username: string; fullName: string };
export type UnitRef = { code: string; name: string; type: UnitType };

export type FormSummary = {
  id: string;
  key: string;
  title: string;
  ownerUnitCode: string;
  /** Highest published version number, null while only a draft exists. */
  publishedVersion: number | null;
  draftVersion: number | null;
  updatedAt: string;
};

export type FormVersionSummary = {
  id: string;
  formId: string;
  version: number;
  status: FormVersionStatus;
  publishedAt: string | null;
  publishedBy: PersonRef | null;
  updatedAt: string;
};

export type FormDetail = FormSummary & { versions: FormVersionSummary[] };
export type FormVersionDto = FormVersionSummary & { formKey: string; title: string; definition: SurveyDefinition };

export type CreateFormRequest = { key: string; title: string; definition: SurveyDefinition };
/** Saves the draft (creating the next version's draft when there is none). */
export type SaveFormDraftRequest = { title?: string; definition: SurveyDefinition };

export type CampaignDto = {
  id: string;
  name: string;
  kind: CampaignKind;
  status: CampaignStatus;
  formVersionId: string;
  formId: string;
  formKey: string;
  formTitle: string;
  formVersion: number;
  year: number;
  round: number;
  roundsPerYear: number;
  opensOn: string;
  closesOn: string;
  /** The date review forms take ages on (`reviewReferenceDate`): the form's `reference_date`. */
  referenceDate: string;
  /** Units the campaign covers (communes or whole provinces). */
  units: UnitRef[];
  ownerUnitCode: string;
  previousCampaignId: string | null;
  finalisedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type CreateCampaignRequest = {
  name: string;
  kind: CampaignKind;
  formVersionId: string;
  year: number;
  round: number;
  roundsPerYear: number;
  opensOn: string;
  closesOn: string;
  unitCodes: string[];
};
/** Form version, period and scope can change only while the campaign is a draft. */
export type UpdateCampaignRequest = Partial<CreateCampaignRequest>;
export type CampaignQuery = { status?: CampaignStatus; kind?: CampaignKind; year?: number; page?: number; pageSize?: number };
export type ReasonRequest = { reason: string };

export type AssignmentProgress = {
  /** Households (or forms) submitted, resubmitted or approved. */
  done: number;
  drafts: number;
  returned: number;
  /** Expected households, null when not set. */
  expected: number | null;
};

export type AssignmentDto = AssignmentProgress & {
  id: string;
  campaignId: string;
  enumerator: PersonRef;
  unit: UnitRef;
  communeName: string | null;
  /** Rural or urban, as the poverty rules read the village (`villageResidenceArea`). */
  area: ResidenceArea;
  createdAt: string;
};

export type MyAssignmentDto = AssignmentDto & {
  campaignName: string;
  campaignKind: CampaignKind;
  campaignStatus: CampaignStatus;
  formVersionId: string;
  opensOn: string;
  closesOn: string;
};

export type CreateAssignmentRequest = { enumeratorId: string; unitCode: string; expectedHouseholds?: number | null };

export type SaveResponseRequest = {
  unitCode: string;
  answers: Record<string, unknown>;
  status: SaveStatus;
  clientTime?: string;
  householdId?: string;
  /** The revision the device's edit started from: when the server's differs (the form was returned or
   * changed meanwhile) the save is refused with 409 RESPONSE_CONFLICT and the current response. */
  baseRevision?: number;
};

export type ResponseSummary = {
  id: string;
  campaignId: string;
  formVersionId: string;
  unit: UnitRef;
  householdId: string | null;
  status: ResponseStatus;
  createdBy: PersonRef;
  submittedAt: string | null;
  clientTime: string | null;
  reviewComment: string | null;
  reviewedBy: PersonRef | null;
  reviewedAt: string | null;
  /** Increases with every change: what a client compares to notice an edit made elsewhere. */
  revision: number;
  createdAt: string;
  updatedAt: string;
};
/** `assessment`: the server's classification of a submitted household review form (null otherwise). */
export type ResponseDto = ResponseSummary & { answers: Record<string, unknown>; assessment: ReviewAssessmentDto | null };

export type ResponseQuery = {
  campaignId?: string;
  /** Everything in this unit's subtree. */
  unitCode?: string;
  /** One status or several, comma-separated. */
  status?: string;
  enumeratorId?: string;
  page?: number;
  pageSize?: number;
};
export type ExportFormat = 'csv' | 'xlsx';

export type ReviewRequest = { comment?: string };
export type ReturnRequest = { comment: string };

export type AuditEntryDto = {
  id: string;
  at: string;
  actor: PersonRef;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  previousAnswers: Record<string, unknown> | null;
};
