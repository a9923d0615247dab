import Dexie, { type EntityTable } from 'dexie';
import type {
  CampaignDto,
  ErrorBody,
  FormVersionDto,
  MyAssignmentDto,
  ResponseDto,
  ResponseStatus,
  SaveStatus,
  WorkPackageHousehold,
  WorkPackageVillage,
} from '@ntm/shared';

/** Where a form stored on the device stands: waiting to be sent (or being sent), on the server,
 * refused by the server's checks (kept to fix), or changed on the server meanwhile (kept beside it). */
export type SyncState = 'queued' | 'sending' | 'synced' | 'failed' | 'conflict';

export const PENDING_STATES: readonly SyncState[] = ['queued', 'sending', 'failed', 'conflict'];

export type LocalResponse = {
  id: string;
  campaignId: string;
  unitCode: string;
  householdId: string | null;
  formVersionId: string;
  answers: Record<string, unknown>;
  /** The status the enumerator sees: the server's once sent, what the save will make of it before. */
  status: ResponseStatus;
  /** What the waiting save asks for; null once the server holds the form as it is here. */
  saveStatus: SaveStatus | null;
  syncState: SyncState;
  /** Queue order: the order the enumerator saved in. */
  seq: number;
  /** The server revision this device's edit started from (null for a form made on the device). */
  baseRevision: number | null;
  /** The server's copy as last seen (after a send, a pull, or in a conflict). */
  server: ResponseDto | null;
  /** Why the server refused the last send. */
  error: ErrorBody | null;
  savedAt: string;
  sentAt: string | null;
};

export type MetaKey = 'workPackageAt' | 'lastSyncAt' | 'pulledUntil' | 'lastSyncError';
export type MetaRow = { key: MetaKey; value: string | null };
export type StoredHousehold = WorkPackageHousehold & { villageCode: string };

/**
 * One database per enumerator account, so two people sharing a phone never see each other's work.
 * Schema changes are new `version(n)` blocks with an `upgrade` that carries the stored rows over:
 * an app update must never lose forms that are only on the device.
 */
export class OfflineDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  assignments!: EntityTable<MyAssignmentDto, 'id'>;
  campaigns!: EntityTable<CampaignDto, 'id'>;
  formVersions!: EntityTable<FormVersionDto, 'id'>;
  villages!: EntityTable<WorkPackageVillage, 'code'>;
  households!: EntityTable<StoredHousehold, 'id'>;
  responses!: EntityTable<LocalResponse, 'id'>;

  constructor(readonly username: string) {
    super(`ntm-offline:${username}`);
    this.version(1).stores({
      meta: '&key',
      assignments: '&id, campaignId',
      campaigns: '&id',
      formVersions: '&id',
      villages: '&code',
      households: '&id, villageCode',
      responses: '&id, [campaignId+unitCode], syncState, seq',
    });
  }
}

const opened = new Map<string, OfflineDb>();

export function offlineDbFor(username: string): OfflineDb {
  let db = opened.get(username);
  if (!db) {
    db = new OfflineDb(username);
    opened.set(username, db);
  }
  return db;
}

export async function readMeta(db: OfflineDb, key: MetaKey): Promise<string | null> {
  return (await db.meta.get(key))?.value ?? null;
}

export function writeMeta(db: OfflineDb, key: MetaKey, value: string | null): Promise<string> {
  return db.meta.put({ key, value });
}
