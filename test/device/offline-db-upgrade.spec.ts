import 'fake-indexeddb/auto';
import type { ResponseDto } from '@ntm/shared';
import { OfflineDb, readMeta, writeMeta } from '../../frontend/src/lib/offline/db/offline-db';
import { countPending, type LocalSave, markSynced, nextQueued, saveLocalResponse } from '../../frontend/src/lib/offline/db/response-store';

const CAMPAIGN = '5b6f2a1e-0000-4000-8000-000000000001';

/** The app's schema and a made-up next release's: an index on the household, and an upgrade that
 * rewrites every stored form (as a real one would to fill a new field). */
class NextOfflineDb extends OfflineDb {
  constructor(username: string) {
    super(username);
    this.version(2)
      .stores({ responses: '&id, [campaignId+unitCode], syncState, seq, householdId' })
      .upgrade((tx) => tx.table('responses').toCollection().modify((form: { unitCode: string }) => {
        form.unitCode = form.unitCode.trim();
      }));
  }
}

const save = (n: number, saveStatus: LocalSave['saveStatus']): LocalSave => ({
  id: `5b6f2a1e-0000-4000-8000-00000000010${n}`,
  campaignId: CAMPAIGN,
  unitCode: '02839-01',
  householdId: `5b6f2a1e-0000-4000-8000-00000000020${n}`,
  formVersionId: '5b6f2a1e-0000-4000-8000-000000000003',
  answers: { head_name: `Sùng A Páo ${n}` },
  saveStatus,
  openedRevision: null,
});

describe("the device store's schema upgrade", () => {
  it('keeps drafts, the outbox and its order, sent forms and the sync watermark when a new schema version opens the database', async () => {
    const old = new OfflineDb('upgrade-test');
    await saveLocalResponse(old, save(1, 'submitted'));
    const sent = await saveLocalResponse(old, save(2, 'submitted'));
    await saveLocalResponse(old, save(3, 'draft'));
    await markSynced(old, sent, { id: sent.id, status: 'submitted', revision: 1 } as unknown as ResponseDto);
    await writeMeta(old, 'pulledUntil', '2026-03-01T08:00:00.000Z');
    expect(old.verno).toBe(1);
    old.close();

    const next = new NextOfflineDb('upgrade-test');
    await next.open();
    expect(next.verno).toBe(2);
    const queued = await nextQueued(next, 10);
    expect(queued.map((r) => [r.id, r.saveStatus, r.syncState, r.seq, r.answers])).toEqual([
      [save(1, 'submitted').id, 'submitted', 'queued', 1, { head_name: 'Sùng A Páo 1' }],
      [save(3, 'draft').id, 'draft', 'queued', 3, { head_name: 'Sùng A Páo 3' }],
    ]);
    await expect(countPending(next)).resolves.toBe(2);
    await expect(next.responses.where('syncState').equals('synced').primaryKeys()).resolves.toEqual([sent.id]);
    await expect(next.responses.where('householdId').equals(save(3, 'draft').householdId!).count()).resolves.toBe(1);
    await expect(readMeta(next, 'pulledUntil')).resolves.toBe('2026-03-01T08:00:00.000Z');
    next.close();
  });
});
