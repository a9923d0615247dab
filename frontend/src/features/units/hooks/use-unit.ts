import { useQuery } from '@tanstack/react-query';
import { getUnit, unitKeys } from '../api/units-api';

export function useUnit(code: string | null) {
  return useQuery({
    queryKey: unitKeys.detail(code ?? ''),
    queryFn: ({ signal }) => getUnit(code ?? '', signal),
    enabled: Boolean(code),
  });
}
