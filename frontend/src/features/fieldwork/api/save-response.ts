import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveResponseRequest } from '@ntm/shared';
import { refreshResponse } from '../../../components/responses/refresh-response';
import { useOfflineDevice } from '../../../lib/offline/hooks/use-offline-device';
import { saveOnDevice } from '../../../lib/offline/sync/save-on-device';
import { myAssignmentsKey } from './get-my-assignments';

export type SaveTarget = { campaignId: string; responseId: string; formVersionId: string; openedRevision: number | null };

/** Stores the form on the device under the id the client minted and sends it (now, or once online):
 * a retry cannot duplicate it. */
export function useSaveResponse(target: SaveTarget) {
  const queryClient = useQueryClient();
  const device = useOfflineDevice();
  return useMutation({
    mutationFn: (request: SaveResponseRequest) =>
      saveOnDevice(device, {
        id: target.responseId,
        campaignId: target.campaignId,
        unitCode: request.unitCode,
        householdId: request.householdId ?? null,
        formVersionId: target.formVersionId,
        answers: request.answers,
        saveStatus: request.status,
        openedRevision: target.openedRevision,
      }),
    onSuccess: async ({ response }) => {
      await Promise.all([refreshResponse(queryClient, response), queryClient.invalidateQueries({ queryKey: myAssignmentsKey })]);
    },
  });
}
