import type { LocalResponse, SyncState } from '../db/offline-db';
import { readMeta } from '../db/offline-db';
import { countPending, isPending } from '../db/response-store';
import { useLiveQuery } from './use-live-query';
import { useOfflineDevice } from './use-offline-device';

export type DeviceCounts = { draft: number; waiting: number; sent: number; failed: number; conflict: number };

const WAITING: readonly SyncState[] = ['queued', 'sending'];

export function countOf(records: readonly LocalResponse[]): DeviceCounts {
  const waiting = records.filter((r) => WAITING.includes(r.syncState));
  return {
    draft: waiting.filter((r) => r.saveStatus === 'draft').length,
    waiting: waiting.filter((r) => r.saveStatus !== 'draft').length,
    sent: records.filter((r) => r.syncState === 'synced').length,
    failed: records.filter((r) => r.syncState === 'failed').length,
    conflict: records.filter((r) => r.syncState === 'conflict').length,
  };
}

/** Every form stored on the device, in queue order, live. */
export function useDeviceResponses(): LocalResponse[] | undefined {
  const { db } = useOfflineDevice();
  return useLiveQuery(() => db.responses.orderBy('seq').toArray(), [db]);
}

/** The village's forms that the server does not hold as they are here (not sent, refused, in conflict). */
export function useLocalOnlyResponses(campaignId: string, unitCode: string): LocalResponse[] | undefined {
  const { db } = useOfflineDevice();
  return useLiveQuery(async () => (await db.responses.where('[campaignId+unitCode]').equals([campaignId, unitCode]).sortBy('seq')).filter(isPending), [db, campaignId, unitCode]);
}

/** How many forms are only on the device (not sent, refused, in conflict), live. */
export function usePendingCount(): number | undefined {
  const { db } = useOfflineDevice();
  return useLiveQuery(() => countPending(db), [db], 0);
}

/** How many of a village's forms are only on the device, live: what the server's counts do not include yet. */
export function useVillagePendingCount(campaignId: string, unitCode: string): number | undefined {
  const { db } = useOfflineDevice();
  return useLiveQuery(() => db.responses.where('[campaignId+unitCode]').equals([campaignId, unitCode]).filter(isPending).count(), [db, campaignId, unitCode], 0);
}

export function useDeviceMeta(): { workPackageAt: string | null; lastSyncAt: string | null } | undefined {
  const { db } = useOfflineDevice();
  return useLiveQuery(async () => ({ workPackageAt: await readMeta(db, 'workPackageAt'), lastSyncAt: await readMeta(db, 'lastSyncAt') }), [db]);
}

/** One form as stored on the device: undefined while reading, null when it is not there. */
export function useLocalResponse(id: string): LocalResponse | null | undefined {
  const { db } = useOfflineDevice();
  return useLiveQuery(async () => (await db.responses.get(id)) ?? null, [db, id], null);
}
