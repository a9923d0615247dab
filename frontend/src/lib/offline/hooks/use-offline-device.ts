import { useSyncExternalStore } from 'react';
import { useUser } from '../../session';
import { type OfflineDevice, startOfflineDevice } from '../sync/offline-device';
import type { SyncStatus } from '../sync/sync-engine';

/** The signed-in enumerator's device store and sync engine. */
export function useOfflineDevice(): OfflineDevice {
  return startOfflineDevice(useUser().username);
}

export function useSyncStatus(): SyncStatus {
  const { engine } = useOfflineDevice();
  return useSyncExternalStore(engine.subscribe, engine.getStatus);
}
