import type { MyResponsesDto, ResponseDto, SaveResponseRequest } from '@ntm/shared';
import { responsePath } from '../../response-path';
import { ApiError, apiRequest } from '../../api-client';
import { type LocalResponse, type OfflineDb, readMeta, writeMeta } from '../db/offline-db';
import { downloadWorkPackage } from '../db/work-package-store';
import { markConflict, markFailed, markQueued, markSending, markSynced, mergeServerResponses, nextQueued } from '../db/response-store';
import { backoffDelay } from './backoff';

export type SyncPhase = 'idle' | 'syncing' | 'waiting' | 'signedOut';
export type SyncStatus = { phase: SyncPhase; retryAt: number | null; lastError: string | null };

/** A send's outcome for the queue: go on with the next form, or stop (no network / signed out). */
type Step = 'next' | 'offline' | 'signedOut';

/** Forms in flight at once, started oldest first: separate forms, so the server may take them in parallel. */
const IN_FLIGHT = 4;

/** Pulls reach back this far before the last pull's end, so a change committed while it ran is not missed. */
const PULL_OVERLAP_MS = 5 * 60_000;

/** Responses per page of a pull (each with its answers). */
const PULL_PAGE_SIZE = 100;

/** Older than this, the work package is fetched again by the next sync (households and tables change slowly). */
const WORK_PACKAGE_MAX_AGE_MS = 6 * 60 * 60_000;

function requestOf(record: LocalResponse): SaveResponseRequest {
  return {
    unitCode: record.unitCode,
    householdId: record.householdId ?? undefined,
    answers: record.answers,
    status: record.saveStatus ?? 'draft',
    clientTime: record.savedAt,
    baseRevision: record.baseRevision ?? undefined,
  };
}

/**
 * Sends the device's queue in small batches in the order saved (PUT with the form's own UUID, so a
 * send cut off half-way is simply sent again), then fetches the server's changes. Network failures and
 * 5xx wait with exponential back-off; a 401 the session cannot refresh stops until the user signs in.
 */
export class SyncEngine {
  private status: SyncStatus = { phase: 'idle', retryAt: null, lastError: null };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private wanted = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly db: OfflineDb) {}

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Runs a sync now (or once more after the one running); resolves when the queue has been worked through. */
  syncNow(): Promise<void> {
    this.wanted = true;
    clearTimeout(this.timer);
    this.running ??= this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private async loop(): Promise<void> {
    while (this.wanted) {
      this.wanted = false;
      this.setStatus({ phase: 'syncing', retryAt: null, lastError: this.status.lastError });
      const outcome = await this.once().catch((error: unknown) => (error instanceof ApiError ? this.stepOf(error) : 'offline'));
      this.finish(outcome);
    }
  }

  /** One tab at a time works through the account's queue (two would only send the same forms twice). */
  private once(): Promise<Step> {
    if (typeof navigator !== 'undefined' && 'locks' in navigator) return navigator.locks.request(`ntm.sync:${this.db.username}`, () => this.work());
    return this.work();
  }

  private async work(): Promise<Step> {
    // Read once per pass (not per send); forms saved meanwhile are picked up by the next pass.
    for (let queue = await nextQueued(this.db); queue.length > 0; queue = await nextQueued(this.db)) {
      const stop = await this.sendAll(queue);
      if (stop) return stop;
    }
    await this.pull();
    // In the background: a save waiting for this sync should not wait for the whole package too.
    void this.refreshWorkPackage().catch(() => undefined);
    await writeMeta(this.db, 'lastSyncAt', new Date().toISOString());
    return 'next';
  }

  /** A few sends in flight, each worker taking the oldest form not started yet, so one slow answer
   * holds up only its own worker; the first send that must stop the sync ends the pass. */
  private async sendAll(queue: readonly LocalResponse[]): Promise<Step | undefined> {
    let next = 0;
    let stop: Step | undefined;
    const worker = async () => {
      while (!stop && next < queue.length) {
        const step = await this.send(queue[next++]!);
        if (step !== 'next') stop ??= step;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    return stop;
  }

  private async send(record: LocalResponse): Promise<Step> {
    await markSending(this.db, record);
    try {
      const saved = await apiRequest<ResponseDto>(responsePath(record.campaignId, record.id), { method: 'PUT', body: requestOf(record) });
      await markSynced(this.db, record, saved);
      return 'next';
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const step = this.stepOf(error);
      if (step !== 'next') await markQueued(this.db, record);
      else if (error.code === 'RESPONSE_CONFLICT' || error.code === 'RESPONSE_LOCKED') await markConflict(this.db, record, error.body);
      else await markFailed(this.db, record, error.body);
      return step;
    }
  }

  /** Network errors, 5xx and 429 are worth retrying later; 401 needs the user; anything else is about the form. */
  private stepOf(error: ApiError): Step {
    if (error.isNetworkError || error.status >= 500 || error.status === 429) return 'offline';
    if (error.status === 401) return 'signedOut';
    return 'next';
  }

  /** Page by page; the watermark moves only once the last page is in, so a pull cut off half-way starts over. */
  private async pull(): Promise<void> {
    const until = await readMeta(this.db, 'pulledUntil');
    const since = until ? new Date(Date.parse(until) - PULL_OVERLAP_MS).toISOString() : undefined;
    let after: string | undefined;
    let first: string | undefined;
    do {
      const page = await apiRequest<MyResponsesDto>('/me/responses', { query: { since, after, limit: PULL_PAGE_SIZE } });
      await mergeServerResponses(this.db, page.items);
      first ??= page.until;
      after = page.next ?? undefined;
    } while (after);
    await writeMeta(this.db, 'pulledUntil', first);
  }

  /** Keeps the work package fresh while online, so a device that loses its signal still has its villages. */
  private async refreshWorkPackage(): Promise<void> {
    const fetchedAt = await readMeta(this.db, 'workPackageAt');
    if (!fetchedAt || Date.now() - Date.parse(fetchedAt) > WORK_PACKAGE_MAX_AGE_MS) await downloadWorkPackage(this.db);
  }

  private finish(step: Step): void {
    if (step === 'next') {
      this.attempt = 0;
      this.setStatus({ phase: 'idle', retryAt: null, lastError: null });
    } else if (step === 'signedOut') {
      this.setStatus({ phase: 'signedOut', retryAt: null, lastError: 'signedOut' });
    } else {
      const delay = backoffDelay(this.attempt++);
      this.timer = setTimeout(() => void this.syncNow(), delay);
      this.setStatus({ phase: 'waiting', retryAt: Date.now() + delay, lastError: 'offline' });
    }
    void writeMeta(this.db, 'lastSyncError', this.status.lastError);
  }

  private setStatus(next: SyncStatus): void {
    this.status = next;
    for (const listener of this.listeners) listener();
  }
}
