import type { Page, Route } from 'playwright-core';
import { DataSource } from 'typeorm';
import { usePhoneSessions } from '../support/browser';
import * as device from '../support/offline-fieldwork';

const { deviceCounts, serverResponses, setOffline } = device;
const VILLAGE = '02839-02';

describe('the enumerator app works with no signal and syncs without loss or duplicates, in Chromium', () => {
  const sessions = usePhoneSessions();

  const offlineDevice = (households: number) => device.offlineFieldwork(sessions, VILLAGE, households);

  const submitForm = (page: Page, work: device.Fieldwork, code: string) => device.submitOnDevice(page, work.campaignName, code);

  const openDevicePage = device.openDevicePage;

  it('keeps three forms filled offline through a reload and sends exactly three once online', async () => {
    const { page, work } = await offlineDevice(3);
    for (const code of work.codes) await submitForm(page, work, code);
    await page.reload();
    await openDevicePage(page);
    await expect(deviceCounts(page)).resolves.toEqual({ draft: '0', waiting: '3', sent: '0', failed: '0', conflict: '0' });
    await expect(serverResponses(sessions.served, work.campaignId)).resolves.toEqual([]);

    await setOffline(page.context(), false);
    await page.getByTestId('count-sent').getByText('3').waitFor();
    const stored = await serverResponses(sessions.served, work.campaignId);
    expect(stored.map((r) => r.status)).toEqual(['submitted', 'submitted', 'submitted']);
    expect(new Set(stored.map((r) => r.householdId)).size).toBe(3);
    await expect(page.getByTestId('last-sync').textContent()).resolves.toMatch(/^Đồng bộ lần cuối: /);
  });

  it('resumes a sync cut off half-way (one answer lost on the way back) without duplicating any form', async () => {
    const { page, work } = await offlineDevice(3);
    for (const code of work.codes) await submitForm(page, work, code);
    await openDevicePage(page);
    // The first form goes through; the second reaches the server but its answer is lost; then the signal drops.
    let puts = 0;
    const cut = async (route: Route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      puts += 1;
      if (puts === 1) return route.continue();
      if (puts === 2) await route.fetch();
      return route.abort('internetdisconnected');
    };
    await page.context().route('**/api/campaigns/*/responses/*', cut);
    await setOffline(page.context(), false);
    await page.getByText(/^Chưa gửi được \(không có mạng\); thử lại lúc /).waitFor();
    await expect(deviceCounts(page)).resolves.toEqual({ draft: '0', waiting: '2', sent: '1', failed: '0', conflict: '0' });
    expect((await serverResponses(sessions.served, work.campaignId)).length).toBe(2);

    await page.context().unroute('**/api/campaigns/*/responses/*', cut);
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await page.getByTestId('count-sent').getByText('3').waitFor();
    const stored = await serverResponses(sessions.served, work.campaignId);
    expect(stored.length).toBe(3);
    expect(new Set(stored.map((r) => r.householdId)).size).toBe(3);
  });

  it('keeps a form the server refuses on the device, with the reason, and reopens it to fix', async () => {
    const { page, work } = await offlineDevice(2);
    for (const code of work.codes) await submitForm(page, work, code);
    // Meanwhile the commune records that the second household has moved away.
    await sessions.served.app.get(DataSource).query(`UPDATE household SET status = 'moved' WHERE code = $1`, [work.codes[1]]);
    await openDevicePage(page);
    await setOffline(page.context(), false);
    await page.getByTestId('count-failed').getByText('1').waitFor();
    await expect(deviceCounts(page)).resolves.toEqual({ draft: '0', waiting: '0', sent: '1', failed: '1', conflict: '0' });
    await expect(page.getByTestId('failed-response').textContent()).resolves.toMatch(/householdId: Hộ không còn cư trú/);

    await page.reload();
    await page.getByTestId('count-failed').getByText('1').waitFor();
    expect((await serverResponses(sessions.served, work.campaignId)).length).toBe(1);
    await page.getByRole('link', { name: 'Mở phiếu để sửa' }).click();
    await page.getByRole('alert').getByRole('listitem').getByText(/Hộ không còn cư trú/).waitFor();
    await expect(page.getByRole('button', { name: 'Nộp phiếu' }).isVisible()).resolves.toBe(true);
  });
});
