import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchUnits, unitKeys } from '../api/units-api';

export const MIN_SEARCH_LENGTH = 2;

export function useUnitSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: unitKeys.search(term),
    queryFn: ({ signal }) => searchUnits(term, signal),
    enabled: term.length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
  });
}
