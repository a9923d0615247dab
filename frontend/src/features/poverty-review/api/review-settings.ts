import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewSettingsDto, UpdateReviewSettingsRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './review-keys';

const settingsPath = (provinceCode: string) => `/poverty-review/settings/${encodeURIComponent(provinceCode)}`;

export function useReviewSettings(provinceCode: string) {
  return useQuery({
    queryKey: reviewKeys.settings(provinceCode),
    queryFn: ({ signal }) => apiRequest<ReviewSettingsDto>(settingsPath(provinceCode), { signal }),
    enabled: Boolean(provinceCode),
  });
}

export function useUpdateReviewSettings(provinceCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateReviewSettingsRequest) => apiRequest<ReviewSettingsDto>(settingsPath(provinceCode), { method: 'PUT', body: request }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(reviewKeys.settings(provinceCode), saved);
      // The communes' pages show the posting length and the district step.
      await queryClient.invalidateQueries({ queryKey: ['poverty-review'] });
    },
  });
}
