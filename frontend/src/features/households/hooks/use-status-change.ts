import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HouseholdDto, HouseholdStatus } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { householdKeys, listHouseholds } from '../../../components/households/household-queries';
import { changeHouseholdStatus } from '../api/save-household';

export type StatusChange = { status: HouseholdStatus; effectiveOn: string; reason: string; mergedIntoCode: string };

/** Changes the status; a merger names the other household by its code, found among the active
 * households of the commune. */
export function useStatusChange(household: HouseholdDto) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ status, effectiveOn, reason, mergedIntoCode }: StatusChange) => {
      let mergedIntoId: string | undefined;
      if (status === 'merged') {
        const code = mergedIntoCode.trim();
        const found = await listHouseholds({ unit: household.communeCode, q: code, status: 'active', pageSize: 50 });
        mergedIntoId = found.items.find((h) => h.code === code)?.id;
        if (!mergedIntoId) {
          throw new ApiError({ statusCode: 400, code: 'VALIDATION_FAILED', message: '', details: [{ field: 'mergedIntoCode', reason: t('households.mergedIntoUnknown') }] });
        }
      }
      return changeHouseholdStatus(household.id, { status, effectiveOn, reason, mergedIntoId, revision: household.revision });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(householdKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });
}
