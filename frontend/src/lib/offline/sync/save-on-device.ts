import { responsePath } from '../../response-path';
import { ApiError, apiRequest } from '../../api-client';
import type { LocalResponse } from '../db/offline-db';
import { localResponseDto } from '../db/local-dto';
import { type LocalSave, saveLocalResponse, takeServer } from '../db/response-store';
import type { OfflineDevice } from './offline-device';
import type { ResponseDto } from '@ntm/shared';

/** `queued`: kept on the device, to be sent when the server can be reached. */
export type DeviceSaveOutcome = { response: ResponseDto; queued: boolean };

function outcomeOf(record: LocalResponse): DeviceSaveOutcome {
  if (record.syncState === 'synced' && record.server) return { response: record.server, queued: false };
  return { response: localResponseDto(record), queued: true };
}

/**
 * Saves on the device first, then sends the queue right away: online, the enumerator sees the server's
 * answer as before (its validation errors on the questions); offline, the form waits in the queue.
 * A refused form stays on the device, marked to fix.
 */
export async function saveOnDevice({ db, engine }: OfflineDevice, save: LocalSave): Promise<DeviceSaveOutcome> {
  let saved: LocalResponse;
  try {
    saved = await saveLocalResponse(db, save);
  } catch {
    // The device cannot store it (no IndexedDB, storage full): send it straight away as before.
    return { response: await sendDirectly(save), queued: false };
  }
  await engine.syncNow();
  const record = (await db.responses.get(save.id)) ?? saved;
  if (record.syncState === 'failed' && record.error) throw new ApiError(record.error);
  if (record.syncState === 'conflict' && record.error) {
    // Submitted or approved elsewhere while open here: the page reloads the server's form, as before.
    if (record.error.code === 'RESPONSE_LOCKED') await takeServer(db, save.id);
    throw new ApiError(record.error);
  }
  return outcomeOf(record);
}

function sendDirectly(save: LocalSave): Promise<ResponseDto> {
  const body = { unitCode: save.unitCode, householdId: save.householdId ?? undefined, answers: save.answers, status: save.saveStatus, baseRevision: save.openedRevision ?? undefined };
  return apiRequest<ResponseDto>(responsePath(save.campaignId, save.id), { method: 'PUT', body });
}
