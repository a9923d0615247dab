import type { Page } from 'playwright-core';
import { usePhoneSessions } from '../support/browser';
import * as device from '../support/offline-fieldwork';

const VILLAGE = '02839-05';
const TWO_ON_DEVICE = '+2 trên máy (chưa gửi)';

describe("offline, a village's progress shows the forms waiting on the device beside the server's counts, in Chromium", () => {
  const sessions = usePhoneSessions();

  const villageLink = (page: Page, work: device.Fieldwork) => page.getByRole('region', { name: work.campaignName, exact: true }).getByRole('link').first();

  it('adds "+2 trên máy" to the assignment and the village page until the two forms are sent', async () => {
    const { page, work } = await device.offlineFieldwork(sessions, VILLAGE, 2);
    for (const code of work.codes) await device.submitOnDevice(page, work.campaignName, code);
    await page.reload();

    await page.getByRole('link', { name: 'Việc được giao' }).first().click();
    const link = villageLink(page, work);
    await link.getByTestId('device-pending').getByText(TWO_ON_DEVICE).waitFor();
    await expect(link.textContent()).resolves.toContain('Đã nộp 0 phiếu +2 trên máy (chưa gửi)');
    await link.click();
    await page.getByRole('heading', { name: 'Thôn Làng Cang' }).waitFor();
    await page.getByTestId('device-pending').getByText(TWO_ON_DEVICE).waitFor();
    const progress = page.getByText(/^Đã nộp \d+ phiếu/);
    await expect(progress.textContent()).resolves.toBe(`Đã nộp 0 phiếu ${TWO_ON_DEVICE}`);

    await device.setOffline(page.context(), false);
    await page.getByText('Đã nộp 2 phiếu', { exact: true }).waitFor();
    await expect(page.getByTestId('device-pending').count()).resolves.toBe(0);
  });
});
