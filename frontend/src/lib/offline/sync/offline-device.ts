import { setOfflineReader } from '../../api-client';
import { getSession, subscribeSession } from '../../session';
import { type OfflineDb, offlineDbFor } from '../db/offline-db';
import { offlineReader } from '../db/offline-reader';
import { exposeForBench } from './bench-hook';
import { SyncEngine } from './sync-engine';

/** While online, the queue is also tried on this beat (a save made while the server was down, a return to fetch). */
const AUTO_SYNC_MS = 60_000;

export type OfflineDevice = { db: OfflineDb; engine: SyncEngine };

let active: (OfflineDevice & { stop: () => void }) | null = null;

/** The signed-in enumerator's store and sync engine; started once per account, stopped on sign-out. */
export function startOfflineDevice(username: string): OfflineDevice {
  if (active?.db.username === username) return active;
  stopOfflineDevice();
  const db = offlineDbFor(username);
  const engine = new SyncEngine(db);
  const onOnline = () => void engine.syncNow();
  const timer = setInterval(() => {
    if (navigator.onLine) void engine.syncNow();
  }, AUTO_SYNC_MS);
  window.addEventListener('online', onOnline);
  setOfflineReader(offlineReader(db));
  active = {
    db,
    engine,
    stop: () => {
      clearInterval(timer);
      window.removeEventListener('online', onOnline);
      engine.stop();
      setOfflineReader(null);
    },
  };
  exposeForBench(active);
  if (navigator.onLine) void engine.syncNow();
  return active;
}

export function stopOfflineDevice(): void {
  active?.stop();
  active = null;
}

/** The running device, if an enumerator is signed in. */
export function offlineDevice(): OfflineDevice | null {
  return active;
}

// Signing out closes the device's store; the forms in it stay for the next sign-in of the same account.
subscribeSession(() => {
  if (getSession().status !== 'authenticated') stopOfflineDevice();
});
