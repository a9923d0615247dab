import type { ErrorBody, ResponseDto, ResponseStatus, SaveStatus } from '@ntm/shared';
import { type LocalResponse, type OfflineDb, PENDING_STATES } from './offline-db';

/** A save of the form runner: the form's identity and answers, what it asks of the server, and the
 * server revision the form was opened at (when it came from the server). */
export type LocalSave = Pick<LocalResponse, 'id' | 'campaignId' | 'unitCode' | 'householdId' | 'formVersionId' | 'answers'> & {
  saveStatus: SaveStatus;
  openedRevision: number | null;
};

/** What the server will make of the save, shown until it is sent. A form refused by the server stays open to fix. */
function shownStatus(saveStatus: SaveStatus, server: ResponseDto | null): ResponseStatus {
  const returned = server?.status === 'returned';
  if (saveStatus === 'draft') return returned ? 'returned' : 'draft';
  return returned ? 'resubmitted' : 'submitted';
}

/** Revisions only grow: the device's edit is based on the newest one it has seen. */
function latestRevision(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

async function nextSeq(db: OfflineDb): Promise<number> {
  return ((await db.responses.orderBy('seq').last())?.seq ?? 0) + 1;
}

/** Every save lands here first and joins the end of the queue; nothing is lost if the page closes. */
export async function saveLocalResponse(db: OfflineDb, save: LocalSave): Promise<LocalResponse> {
  return db.transaction('rw', db.responses, async () => {
    const stored = await db.responses.get(save.id);
    const server = stored?.server ?? null;
    const record: LocalResponse = {
      id: save.id,
      campaignId: save.campaignId,
      unitCode: save.unitCode,
      householdId: save.householdId,
      formVersionId: stored?.formVersionId ?? save.formVersionId,
      answers: save.answers,
      status: shownStatus(save.saveStatus, server),
      saveStatus: save.saveStatus,
      syncState: 'queued',
      seq: await nextSeq(db),
      baseRevision: stored && isPending(stored) ? stored.baseRevision : latestRevision(save.openedRevision, stored?.baseRevision ?? null),
      server,
      error: null,
      savedAt: new Date().toISOString(),
      sentAt: stored?.sentAt ?? null,
    };
    await db.responses.put(record);
    return record;
  });
}

/** The oldest forms waiting to be sent ("sending" ones were cut off mid-way: send them again). */
export async function nextQueued(db: OfflineDb, limit = Number.POSITIVE_INFINITY): Promise<LocalResponse[]> {
  const waiting = await db.responses.where('syncState').anyOf('queued', 'sending').sortBy('seq');
  return waiting.slice(0, limit);
}

/** Applies the outcome of a send, unless the enumerator saved the form again meanwhile (then it stays queued). */
async function settle(db: OfflineDb, sent: LocalResponse, change: Partial<LocalResponse>): Promise<void> {
  await db.transaction('rw', db.responses, async () => {
    const current = await db.responses.get(sent.id);
    if (!current) return;
    if (current.seq !== sent.seq) {
      const { server, baseRevision } = change;
      if (server && baseRevision !== undefined) await db.responses.update(sent.id, { server, baseRevision });
      return;
    }
    await db.responses.update(sent.id, change);
  });
}

export const markSending = (db: OfflineDb, record: LocalResponse) => settle(db, record, { syncState: 'sending' });

export const markQueued = (db: OfflineDb, record: LocalResponse) => settle(db, record, { syncState: 'queued' });

export function markSynced(db: OfflineDb, record: LocalResponse, saved: ResponseDto): Promise<void> {
  return settle(db, record, { syncState: 'synced', saveStatus: null, status: saved.status, server: saved, baseRevision: saved.revision, error: null, sentAt: new Date().toISOString() });
}

export function markFailed(db: OfflineDb, record: LocalResponse, error: ErrorBody): Promise<void> {
  // Refused: reopened as editable (a draft, or still returned) so the enumerator can fix it.
  const status: ResponseStatus = record.server?.status === 'returned' ? 'returned' : 'draft';
  return settle(db, record, { syncState: 'failed', status, error });
}

export function markConflict(db: OfflineDb, record: LocalResponse, error: ErrorBody): Promise<void> {
  const server = (error.current as ResponseDto | undefined) ?? record.server;
  return settle(db, record, { syncState: 'conflict', server, error });
}

/** "Giữ bản của tôi": send the device's answers again, now based on the server's current revision. */
export async function keepMine(db: OfflineDb, id: string): Promise<void> {
  const record = await db.responses.get(id);
  if (!record?.server) return;
  await db.responses.update(id, { syncState: 'queued', baseRevision: record.server.revision, status: shownStatus(record.saveStatus ?? 'submitted', record.server), error: null, seq: await nextSeq(db) });
}

/** "Lấy bản trên máy chủ": the device's answers give way to the server's. */
export async function takeServer(db: OfflineDb, id: string): Promise<void> {
  const record = await db.responses.get(id);
  if (record?.server) await db.responses.put(fromServer(record.server, record.seq));
}

function fromServer(server: ResponseDto, seq: number): LocalResponse {
  return {
    id: server.id,
    campaignId: server.campaignId,
    unitCode: server.unit.code,
    householdId: server.householdId,
    formVersionId: server.formVersionId,
    answers: server.answers,
    status: server.status,
    saveStatus: null,
    syncState: 'synced',
    seq,
    baseRevision: server.revision,
    server,
    error: null,
    savedAt: server.updatedAt,
    sentAt: server.updatedAt,
  };
}

/** The server's changes (returns, approvals, forms sent from elsewhere) replace what the device holds,
 * except forms with changes not sent yet: those keep their answers and meet the new revision on sending. */
export async function mergeServerResponses(db: OfflineDb, items: readonly ResponseDto[]): Promise<void> {
  await db.transaction('rw', db.responses, async () => {
    const stored = await db.responses.bulkGet(items.map((server) => server.id));
    const replaced = items.flatMap((server, i) => {
      const held = stored[i];
      // A pull reaches back a few minutes: the forms this device just sent come back unchanged.
      if (held?.syncState === 'synced' && held.server?.revision === server.revision && held.server.status === server.status) return [];
      return !held || held.syncState === 'synced' ? [fromServer(server, held?.seq ?? 0)] : [];
    });
    await db.responses.bulkPut(replaced);
    for (const [i, server] of items.entries()) if (stored[i]?.syncState === 'conflict') await db.responses.update(server.id, { server });
  });
}

/** Forms the server does not hold as they are here: waiting, being sent, refused or in conflict. */
export function countPending(db: OfflineDb): Promise<number> {
  return db.responses.where('syncState').anyOf(PENDING_STATES).count();
}

export function isPending(record: LocalResponse): boolean {
  return PENDING_STATES.includes(record.syncState);
}
