import type { Page } from 'playwright-core';
import { usePhoneSessions } from '../support/browser';
import {
  buildFieldwork,
  completeSampleForm,
  deviceCounts,
  downloadWork,
  type Fieldwork,
  serverResponses,
  setOffline,
  startForm,
  waitForServiceWorker,
} from '../support/offline-fieldwork';

const VILLAGE = '02839-02';
const ON_DEVICE = 'Đã lưu trên máy. Phiếu sẽ được gửi khi có mạng.';

describe('the enumerator app works with no signal and syncs without loss or duplicates, in Chromium', () => {
  const sessions = usePhoneSessions();

  /** Signed in online, the app installed and the work downloaded; then the network is cut. */
  async function offlineDevice(households: number): Promise<{ page: Page; work: Fieldwork }> {
    const work = await buildFieldwork(sessions.served, VILLAGE, households);
    const page = await sessions.signIn(work.username);
    await waitForServiceWorker(page);
    await downloadWork(page, 1);
    await setOffline(page.context(), true);
    return { page, work };
  }

  async function submitForm(page: Page, work: Fieldwork, code: string): Promise<void> {
    await startForm(page, work.campaignName, code);
    await completeSampleForm(page);
    await page.getByRole('button', { name: 'Nộp phiếu' }).click();
    await page.getByText(ON_DEVICE).waitFor();
  }

  const openDevicePage = async (page: Page) => {
    await page.getByRole('link', { name: 'Trên máy' }).click();
    await page.getByRole('heading', { name: 'Dữ liệu trên máy' }).waitFor();
  };

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
});
