import { useInfiniteQuery } from '@tanstack/react-query';
import { getUnitChildren, unitKeys } from '../api/units-api';

/** Children of a unit, one page of 200 at a time ("load more" fetches the next page). */
export function useUnitChildren(code: string) {
  return useInfiniteQuery({
    queryKey: unitKeys.children(code),
    queryFn: ({ pageParam, signal }) => getUnitChildren(code, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (lastPage, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < lastPage.total && lastPage.items.length > 0 ? lastPage.page + 1 : undefined;
    },
  });
}
