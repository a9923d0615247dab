import type { Page } from 'playwright-core';
import { logIn } from './browser';

/** The open demo poll, not last year's finalised one (named "… năm 2025"). */
export const DEMO_POLL_LINK = /^Lấy ý kiến sự hài lòng của người dân xã Bắc Hà \d{4}/;

/** Signs the Front officer in and opens a paper batch of the demo poll for a village, up to its first grid row. */
export async function openPaperBatch(page: Page, baseUrl: string, villageCode: string, label: string): Promise<void> {
  await logIn(page, baseUrl, 'front');
  await page.getByRole('link', { name: 'Lấy ý kiến người dân' }).click();
  await page.getByRole('link', { name: DEMO_POLL_LINK }).click();
  await page.getByRole('link', { name: 'Nhập phiếu giấy' }).click();
  // The poll page stays up while the entry page's code loads, and its code-issuing form has a
  // 'Thôn/bản' field too: choosing the village before the entry page is there picks the wrong one.
  await page.getByRole('heading', { level: 1, name: 'Nhập phiếu giấy' }).waitFor();
  await page.getByLabel('Thôn/bản').selectOption(villageCode);
  await page.getByLabel('Tên tập phiếu').fill(label);
  await page.getByRole('button', { name: 'Bắt đầu nhập' }).click();
  await page.getByRole('grid', { name: 'Phiếu số 1' }).waitFor();
}
