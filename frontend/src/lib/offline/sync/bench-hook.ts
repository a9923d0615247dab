import { type LocalSave, saveLocalResponse } from '../db/response-store';
import type { OfflineDevice } from './offline-device';

/** Set in sessionStorage by the offline-sync benchmark before the app loads. */
const FLAG = 'ntm.exposeOfflineStore';

export type OfflineBenchHook = { saveLocal: (save: LocalSave) => Promise<unknown>; syncNow: () => Promise<void> };

/** Lets the benchmark fill the queue through the app's own store code and time a sync, in the page. */
export function exposeForBench({ db, engine }: OfflineDevice): void {
  if (sessionStorage.getItem(FLAG) !== '1') return;
  const hook: OfflineBenchHook = { saveLocal: (save) => saveLocalResponse(db, save), syncNow: () => engine.syncNow() };
  (window as unknown as { ntmOfflineStore?: OfflineBenchHook }).ntmOfflineStore = hook;
}
