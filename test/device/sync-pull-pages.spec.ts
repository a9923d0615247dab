import 'fake-indexeddb/auto';
import type { MyResponsesDto, ResponseDto } from '@ntm/shared';
import { OfflineDb, readMeta } from '../../frontend/src/lib/offline/db/offline-db';
import { SyncEngine } from '../../frontend/src/lib/offline/sync/sync-engine';

const FIRST_UNTIL = '2026-03-01T08:00:00.000Z';

const serverForm = (n: number): ResponseDto =>
  ({ id: `5b6f2a1e-0000-4000-8000-00000000030${n}`, campaignId: '5b6f2a1e-0000-4000-8000-000000000001', unit: { code: '02839-01', name: 'Thôn 1', type: 'village' },
    householdId: null, formVersionId: '5b6f2a1e-0000-4000-8000-000000000003', status: 'returned', revision: 2, answers: { n }, updatedAt: FIRST_UNTIL }) as unknown as ResponseDto;

/** GET /api/me/responses in two pages of one form each; the second page's first request is lost. */
function fakeServer(): { asked: string[] } {
  const asked: string[] = [];
  let secondPageTries = 0;
  global.fetch = (async (input: string) => {
    const url = new URL(input, 'http://device.test');
    if (url.pathname !== '/api/me/responses') return new Response('', { status: 503 });
    const after = url.searchParams.get('after');
    asked.push(after ?? 'first');
    if (after && secondPageTries++ === 0) throw new TypeError('Failed to fetch');
    const page: MyResponsesDto = after
      ? { items: [serverForm(2)], until: '2026-03-01T08:00:05.000Z', next: null }
      : { items: [serverForm(1)], until: FIRST_UNTIL, next: '1772352000000000_5b6f2a1e-0000-4000-8000-000000000301' };
    return new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { asked };
}

describe("the device's pull of the server's changes, page by page", () => {
  it('keeps its watermark until every page is in, so a pull cut off between pages starts again from the old one', async () => {
    const server = fakeServer();
    const db = new OfflineDb('pull-test');
    const engine = new SyncEngine(db);

    await engine.syncNow();
    engine.stop();
    expect(engine.getStatus().phase).toBe('waiting');
    await expect(db.responses.toCollection().primaryKeys()).resolves.toEqual([serverForm(1).id]);
    await expect(readMeta(db, 'pulledUntil')).resolves.toBeNull();

    await engine.syncNow();
    engine.stop();
    expect(server.asked).toEqual(['first', '1772352000000000_5b6f2a1e-0000-4000-8000-000000000301', 'first', '1772352000000000_5b6f2a1e-0000-4000-8000-000000000301']);
    await expect(db.responses.toCollection().primaryKeys()).resolves.toEqual([serverForm(1).id, serverForm(2).id]);
    await expect(readMeta(db, 'pulledUntil')).resolves.toBe(FIRST_UNTIL);
    db.close();
  });
});
