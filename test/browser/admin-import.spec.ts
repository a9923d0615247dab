import type { Browser, Page } from 'playwright-core';
import { launchChromium, logIn } from '../support/browser';
import { type ServedApp, serveApp } from '../support/served-app';

const HEADER = 'code,name,full_name,type,parent_code';

describe('admin imports villages from a CSV file in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [served, browser] = await Promise.all([serveApp('demo'), launchChromium()]);
    page = await browser.newPage();
    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).click();
    await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const choose = (name: string, lines: string[]) =>
    page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\n')) });

  it('lists the wrong rows of a dry run and keeps "Nhập dữ liệu" disabled', async () => {
    await choose('sai.csv', ['02839-70,Thôn Mới,,village,02839', '02839-71,Thôn Lỗi,,village,99999']);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const errors = page.getByRole('table', { name: /Danh sách lỗi/ });
    await errors.waitFor();
    const cells = await errors.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(cells).toEqual(['3', '02839-71', 'parent_code', 'unknown parent "99999"']);
    expect(await page.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);
  });

  it('imports a clean file after its dry run, and the village appears under its xã', async () => {
    await choose('dung.csv', ['02839-70,Thôn Mới Lập,,village,02839']);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByText('Tệp hợp lệ.').waitFor();
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByText('Đã nhập dữ liệu thành công.').waitFor();
    await page.goto(`${served.baseUrl}/units`);
    await page.getByLabel('Tìm đơn vị').fill('thon moi lap');
    await page.getByText('Thôn Mới Lập').first().waitFor();
  });
});
