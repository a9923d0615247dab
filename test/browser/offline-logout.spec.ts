import type { Page } from 'playwright-core';
import { logIn, usePhoneSessions } from '../support/browser';
import * as device from '../support/offline-fieldwork';

const { serverResponses, setOffline } = device;
const VILLAGE = '02839-04';

describe('signing out with forms only on the device, in Chromium', () => {
  const sessions = usePhoneSessions();

  /** Installed online, then `forms` forms submitted with no signal. */
  async function formsOnDevice(forms: number): Promise<{ page: Page; work: device.Fieldwork }> {
    const { page, work } = await device.offlineFieldwork(sessions, VILLAGE, forms);
    for (const code of work.codes) await device.submitOnDevice(page, work.campaignName, code);
    return { page, work };
  }

  const askToLeave = async (page: Page) => {
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    return page.getByRole('dialog', { name: 'Còn phiếu chưa gửi' });
  };

  it('warns with the count, signs out anyway when asked, and keeps the forms for the same account', async () => {
    const { page, work } = await formsOnDevice(2);
    const dialog = await askToLeave(page);
    await dialog.getByText('Còn 2 phiếu chưa gửi lên máy chủ. Phiếu vẫn được giữ trên máy này', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Vẫn đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();

    await setOffline(page.context(), false);
    await expect(serverResponses(sessions.served, work.campaignId)).resolves.toEqual([]);
    await logIn(page, sessions.served.baseUrl, work.username);
    await device.openDevicePage(page);
    await page.getByTestId('count-sent').getByText('2').waitFor();
    const stored = await serverResponses(sessions.served, work.campaignId);
    expect(stored.map((r) => r.status)).toEqual(['submitted', 'submitted']);
  });

  it('sends the forms first when asked, staying signed in while they cannot go, then signs out', async () => {
    const { page, work } = await formsOnDevice(1);
    const dialog = await askToLeave(page);
    await dialog.getByText('Còn 1 phiếu chưa gửi lên máy chủ.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Đồng bộ rồi đăng xuất' }).click();
    await dialog.getByText(/^Chưa gửi được hết/).waitFor();
    await expect(dialog.isVisible()).resolves.toBe(true);

    await setOffline(page.context(), false);
    await dialog.getByRole('button', { name: 'Đồng bộ rồi đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    const stored = await serverResponses(sessions.served, work.campaignId);
    expect(stored.map((r) => r.status)).toEqual(['submitted']);
  });

  it('signs out at once when nothing is waiting on the device', async () => {
    const work = await device.buildFieldwork(sessions.served, VILLAGE, 0);
    const page = await sessions.signIn(work.username);
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
  });
});
