import { liveQuery } from 'dexie';
import { type DependencyList, useEffect, useState } from 'react';

/** A Dexie query kept up to date as the tables it reads change (saves, sends, pulls). The query is
 * re-subscribed when `deps` change, like an effect's dependencies. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList, whenUnavailable?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    // No IndexedDB (a locked-down browser): the pages go on without the device's store.
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => setValue(whenUnavailable) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
