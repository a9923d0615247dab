import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { sampleAnswers } from '../../backend/test/support/survey-fixtures';
import { launchChromium, logIn } from '../support/browser';
import { buildFieldwork, downloadWork, serverResponses, setOffline, waitForServiceWorker } from '../support/offline-fieldwork';
import { type ServedApp, serveApp } from '../support/served-app';

const FORMS = 200;
const VILLAGE = '02839-03';

type Save = { id: string; campaignId: string; unitCode: string; householdId: string; formVersionId: string; answers: Record<string, unknown>; saveStatus: 'submitted'; openedRevision: null };
type Hook = { saveLocal: (save: Save) => Promise<unknown>; syncNow: () => Promise<void> };

describe('syncing the queue of an enumerator device that worked offline, in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    [served, browser] = await Promise.all([serveApp('demo'), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it(`sends ${FORMS} forms queued on the device, in order, once the signal returns`, async () => {
    const work = await buildFieldwork(served, VILLAGE, FORMS);
    const dataSource = served.app.get(DataSource);
    const households: { id: string }[] = await dataSource.query(`SELECT id FROM household WHERE code = ANY($1) ORDER BY code`, [work.codes]);
    const [{ versionId }] = await dataSource.query(`SELECT form_version_id AS "versionId" FROM campaign WHERE id = $1`, [work.campaignId]);
    const saves: Save[] = households.map(({ id }) => ({
      id: randomUUID(), campaignId: work.campaignId, unitCode: VILLAGE, householdId: id, formVersionId: versionId,
      answers: sampleAnswers(), saveStatus: 'submitted', openedRevision: null,
    }));

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => sessionStorage.setItem('ntm.exposeOfflineStore', '1'));
    const page = await context.newPage();
    await logIn(page, served.baseUrl, work.username);
    await page.getByRole('link', { name: 'Trang chủ' }).waitFor();
    await waitForServiceWorker(page);
    await downloadWork(page, 1);
    await setOffline(context, true);
    const queueMs = await page.evaluate(async (all) => {
      const hook = (window as unknown as { ntmOfflineStore: Hook }).ntmOfflineStore;
      const started = performance.now();
      for (const save of all) await hook.saveLocal(save);
      return performance.now() - started;
    }, saves);

    const started = performance.now();
    await setOffline(context, false);
    await page.evaluate(() => (window as unknown as { ntmOfflineStore: Hook }).ntmOfflineStore.syncNow());
    const seconds = (performance.now() - started) / 1000;
    const stored = await serverResponses(served, work.campaignId);
    await context.close();

    expect(stored.length).toBe(FORMS);
    const rows = [
      ['forms queued offline', String(FORMS)],
      ['queueing on the device (s)', (queueMs / 1000).toFixed(2)],
      ['sync until queue empty (s)', seconds.toFixed(2)],
      ['forms per second', (FORMS / seconds).toFixed(1)],
      ['responses on the server', String(stored.length)],
    ];
    const width = Math.max(...rows.map(([label]) => label!.length));
    process.stdout.write(`BENCH offline sync\n${rows.map(([label, value]) => `  ${label!.padEnd(width)}  ${value!.padStart(8)}`).join('\n')}\n`);
  });
});
