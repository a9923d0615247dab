import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangeHouseholdStatusRequest, CreateHouseholdRequest, HouseholdDto, UpdateHouseholdRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { householdKeys, householdPath } from '../../../components/households/household-queries';

export function createHousehold(request: CreateHouseholdRequest): Promise<HouseholdDto> {
  return apiRequest<HouseholdDto>('/households', { method: 'POST', body: request });
}

export function updateHousehold(id: string, request: UpdateHouseholdRequest): Promise<HouseholdDto> {
  return apiRequest<HouseholdDto>(householdPath(id), { method: 'PATCH', body: request });
}

export function changeHouseholdStatus(id: string, request: ChangeHouseholdStatusRequest): Promise<HouseholdDto> {
  return apiRequest<HouseholdDto>(`${householdPath(id)}/status`, { method: 'POST', body: request });
}

/** Every write answers with the household as stored: it becomes the cached detail, and lists refresh. */
function useHouseholdWrite<T>(write: (request: T) => Promise<HouseholdDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      queryClient.setQueryData(householdKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: [...householdKeys.all, 'list'] });
    },
  });
}

export const useCreateHousehold = () => useHouseholdWrite(createHousehold);
export const useUpdateHousehold = (id: string) => useHouseholdWrite((request: UpdateHouseholdRequest) => updateHousehold(id, request));
export const useChangeHouseholdStatus = (id: string) => useHouseholdWrite((request: ChangeHouseholdStatusRequest) => changeHouseholdStatus(id, request));
