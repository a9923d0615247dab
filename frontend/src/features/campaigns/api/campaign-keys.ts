import type { UnitType } from '@ntm/shared';
import { campaignReadKeys } from '../../../components/campaigns/campaign-queries';

export { campaignPath } from '../../../components/campaigns/campaign-queries';

export const campaignKeys = {
  all: ['campaigns'] as const,
  ...campaignReadKeys,
  audit: (campaignId: string) => ['campaigns', 'audit', campaignId] as const,
  assignments: (campaignId: string) => ['campaigns', 'assignments', campaignId] as const,
  assignmentPage: (campaignId: string, page: number) => ['campaigns', 'assignments', campaignId, page] as const,
  enumerators: (campaignId: string, q: string) => ['campaigns', 'enumerators', campaignId, q] as const,
  units: (type: UnitType, q: string) => ['campaigns', 'unit-options', type, q] as const,
  villages: (rootCode: string, q: string) => ['campaigns', 'villages', rootCode, q] as const,
  // Same keys as the forms pages, so publishing a version there refreshes these pickers.
  forms: ['forms', 'options'] as const,
  form: (formId: string) => ['forms', 'detail', formId] as const,
};

/** Options offered by a search box: enough to pick from without opening a page per hit. */
export const OPTIONS_PAGE_SIZE = 20;
