import type { BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { buildMember, createHousehold, standardFormVersionId } from '../../backend/test/support/survey-fixtures';
import { buildAccount, type TestApp } from '../../backend/test/support/test-app';
import type { PhoneSessions } from './browser';
import type { ServedApp } from './served-app';

/** JSON over HTTP to the served app, as `username` (password demo1234). */
export async function apiAs(served: ServedApp, username: string): Promise<(method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>> {
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${served.baseUrl}/api${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const login = await call('POST', '/auth/login', { username, password: 'demo1234' });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  return (method, path, body) => call(method, path, body, login.body.accessToken);
}

export type Fieldwork = { campaignId: string; campaignName: string; username: string; village: string; codes: string[] };

let sequence = 0;

/** A fresh enumerator of xã Bắc Hà assigned to `village` in a new open household campaign on the standard
 * sample-household form, and `count` one-person households of the registry there (codes OF<n>.1…). */
export async function buildFieldwork(served: ServedApp, village: string, count: number): Promise<Fieldwork> {
  const dataSource = served.app.get(DataSource);
  const run = ++sequence;
  const { id: enumeratorId, username } = await buildAccount({ dataSource } as TestApp, { unitCode: '02839' });
  const codes = Array.from({ length: count }, (_, i) => `OF${run}.${i + 1}`);
  for (const [i, code] of codes.entries()) {
    await createHousehold({ dataSource }, { villageCode: village, code, members: [buildMember({ fullName: `Sùng A Páo ${run}.${i + 1}`, birthDate: '1980-04-12' })] });
  }
  const admin = await apiAs(served, 'admin');
  const versionId = await standardFormVersionId({ dataSource } as TestApp, 'sample-household');
  const campaignName = `Rà soát ngoại tuyến ${run}`;
  const created = await admin('POST', '/campaigns', {
    name: campaignName, kind: 'household_review', formVersionId: versionId,
    year: 2026, round: 1, roundsPerYear: 1, opensOn: '2026-01-01', closesOn: '2099-12-31', unitCodes: ['02839'],
  });
  if (created.status !== 201) throw new Error(`campaign: ${created.status} ${JSON.stringify(created.body)}`);
  const campaignId = created.body.id as string;
  await admin('POST', `/campaigns/${campaignId}/open`);
  const assigned = await admin('POST', `/campaigns/${campaignId}/assignments`, { enumeratorId, unitCode: village });
  if (assigned.status !== 201) throw new Error(`assign: ${assigned.status}`);
  return { campaignId, campaignName, username, village, codes };
}

/** Offline emulation only counts once the service worker controls the page (it serves the app shell). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Signed in (online), the service worker in control and the work downloaded: ready to lose the signal. */
export async function installedDevice(signIn: (username: string) => Promise<Page>, username: string): Promise<Page> {
  const page = await signIn(username);
  await waitForServiceWorker(page);
  await downloadWork(page, 1);
  return page;
}

/** A fresh enumerator's device (see buildFieldwork), installed online, then cut off from the network. */
export async function offlineFieldwork(sessions: PhoneSessions, village: string, households: number): Promise<{ page: Page; work: Fieldwork }> {
  const work = await buildFieldwork(sessions.served, village, households);
  const page = await installedDevice(sessions.signIn, work.username);
  await setOffline(page.context(), true);
  return { page, work };
}

export async function openDevicePage(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Trên máy' }).click();
  await page.getByRole('heading', { name: 'Dữ liệu trên máy' }).waitFor();
}

/** The runner's notice for a form kept on the device until the signal returns. */
export const ON_DEVICE = 'Đã lưu trên máy. Phiếu sẽ được gửi khi có mạng.';

/** "Tải việc của tôi" on the assignments page, while online. */
export async function downloadWork(page: Page, villages: number): Promise<void> {
  await page.getByRole('link', { name: 'Việc được giao' }).first().click();
  await page.getByRole('button', { name: 'Tải việc của tôi' }).click();
  await page.getByText(new RegExp(`^Đã tải ${villages} thôn, \\d+ hộ về máy\\.$`)).waitFor();
}

export async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  await context.setOffline(offline);
}

/** From the assignments to the village of `campaignName`, then a new form for household `code`. */
export async function startForm(page: Page, campaignName: string, code: string): Promise<void> {
  await page.getByRole('link', { name: 'Việc được giao' }).first().click();
  await page.getByRole('region', { name: campaignName, exact: true }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Phiếu mới' }).click();
  await page.getByLabel('Tìm hộ').fill(code);
  await page.getByRole('button', { name: new RegExp(`^Chọn hộ ${code.replace('.', '\\.')} `) }).click();
  await page.getByText(new RegExp(`^Hộ ${code.replace('.', '\\.')} · `)).waitFor();
}

/** The rest of the sample form for a one-person household whose registry facts filled the roster. */
export async function completeSampleForm(page: Page): Promise<void> {
  await page.getByRole('switch', { name: 'Có thẻ bảo hiểm y tế' }).locator('..').getByText('Có', { exact: true }).click();
  await page.getByRole('button', { name: 'Tiếp theo' }).click();
  await page.getByRole('radiogroup', { name: 'Nguồn nước sinh hoạt chính' }).getByText('Giếng khoan').click();
  await page.getByRole('switch', { name: 'Hộ có nhà tiêu' }).locator('..').getByText('Không', { exact: true }).click();
}

/** A new form for household `code`, completed and submitted with no signal: kept on the device. */
export async function submitOnDevice(page: Page, campaignName: string, code: string): Promise<void> {
  await startForm(page, campaignName, code);
  await completeSampleForm(page);
  await page.getByRole('button', { name: 'Nộp phiếu' }).click();
  await page.getByText(ON_DEVICE).waitFor();
}

/** The server's responses of a campaign, by status. */
export async function serverResponses(served: ServedApp, campaignId: string): Promise<{ id: string; status: string; householdId: string }[]> {
  return served.app.get(DataSource).query(`SELECT id, status, household_id AS "householdId" FROM survey_response WHERE campaign_id = $1 ORDER BY created_at`, [campaignId]);
}

/** The "Trên máy" page's counts. */
export async function deviceCounts(page: Page): Promise<Record<string, string>> {
  const counts: Record<string, string> = {};
  for (const key of ['draft', 'waiting', 'sent', 'failed', 'conflict']) counts[key] = (await page.getByTestId(`count-${key}`).locator('dd').textContent()) ?? '';
  return counts;
}
