import type { HouseholdDto } from '../households/household-contracts';
import type { PovertyClass } from '../households/poverty-class';
import type { ProxyScoringTable } from '../poverty/income/proxy-score';
import type { ProxyTableSource } from '../poverty/income/proxy-table-contracts';
import type { ResidenceArea } from '../poverty/standard';
import type { CampaignDto, FormVersionDto, MyAssignmentDto, ResponseDto } from './survey-contracts';

/** A household's class as recognised at the end of a year's review (the facts of the years before). */
export type RecognitionFact = { year: number; povertyClass: PovertyClass };

/** A household of an assigned village as the device keeps it: no status history, with its past classes. */
export type WorkPackageHousehold = Omit<HouseholdDto, 'history'> & { recognitions: RecognitionFact[] };

/** An assigned village with what its forms are classified under. */
export type WorkPackageVillage = {
  code: string;
  name: string;
  area: ResidenceArea;
  proxyTableSource: ProxyTableSource;
  proxyTable: ProxyScoringTable;
};

/** GET /api/me/work-package: everything an enumerator's device needs to work offline on the open assignments. */
export type WorkPackageDto = {
  generatedAt: string;
  assignments: MyAssignmentDto[];
  /** With their reference dates. */
  campaigns: CampaignDto[];
  formVersions: FormVersionDto[];
  villages: WorkPackageVillage[];
  /** The active households of the assigned villages, with their members. */
  households: WorkPackageHousehold[];
};

/** GET /api/me/responses?since=&campaign=&after=&limit=: the caller's responses changed since a time, oldest
 * change first, a page at a time. `after` is the previous page's `next`; `until` is the watermark for the next
 * pull, to be kept only once `next` is null (all pages in). */
export type MyResponsesQuery = { since?: string; campaign?: string; after?: string; limit?: number };
export type MyResponsesDto = { items: ResponseDto[]; until: string; next: string | null };

export const MY_RESPONSES_LIMIT_DEFAULT = 100;
export const MY_RESPONSES_LIMIT_MAX = 500;
