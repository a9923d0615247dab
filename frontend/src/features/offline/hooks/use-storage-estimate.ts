import { useEffect, useState } from 'react';

export type StorageEstimateView = { used: number; quota: number; ratio: number; persisted: boolean } | null;

/** Above this share of the quota the enumerator is warned before the browser refuses to store more. */
export const STORAGE_WARNING_RATIO = 0.8;

/** What the browser lets this site store, and how much is used (null where the browser does not say). */
export function useStorageEstimate(refreshKey: unknown): StorageEstimateView | undefined {
  const [estimate, setEstimate] = useState<StorageEstimateView | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const storage = navigator.storage;
    if (!storage?.estimate) {
      setEstimate(null);
      return;
    }
    void Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(false)]).then(([{ usage = 0, quota = 0 }, persisted]) => {
      if (live) setEstimate(quota > 0 ? { used: usage, quota, ratio: usage / quota, persisted } : null);
    });
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return estimate;
}
