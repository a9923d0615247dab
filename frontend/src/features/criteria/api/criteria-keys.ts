import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Every criteria query starts with `criteria`: a manual value, a threshold or a target changes
 * scores that several pages show, so mutations invalidate the whole family. */
export const criteriaKeys = {
  all: ['criteria'] as const,
  sets: () => ['criteria', 'sets'] as const,
  setDetail: (setId: string, province: string) => ['criteria', 'sets', setId, province] as const,
  dashboard: (unit: string, set: string, year: number) => ['criteria', 'dashboard', unit, set, year] as const,
  unit: (code: string, set: string, year: number) => ['criteria', 'units', code, set, year] as const,
  trace: (code: string, set: string, year: number, indicator: string) => ['criteria', 'trace', code, set, year, indicator] as const,
  targets: (unit: string, set: string) => ['criteria', 'targets', unit, set] as const,
};

/** A criteria mutation: whatever it changes, every criteria query is refetched (see above). */
export function useCriteriaMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: criteriaKeys.all }) });
}

export const criteriaUnitPath = (code: string, rest = '') => `/criteria/units/${encodeURIComponent(code)}${rest}`;
