import { useBrowserSession } from '../support/browser';
import { DEMO_POLL_LINK, openPaperBatch } from '../support/poll-entry';

/** Ten paper forms for thôn 02839-03, which has 64 active households in the demo registry (the
 * registry's count wins over the 25 the Front entered): coverage 10 / 64 = 15.625%, shown half up as
 * 15,63%. Item 1 is satisfied on seven, not satisfied on two and blank on one, so its rate is
 * 7 / 9 = 77.78%; every other item satisfied. */
const ITEM_1_KEYS = ['1', '1', '1', '1', '1', '1', '1', '2', '2', '0'];
const OTHER_ITEMS = 10;

describe('a Front officer keys in paper poll forms with the keyboard alone, in Chromium', () => {
  const session = useBrowserSession();

  it('keys in 10 forms, undoes an 11th with Ctrl+Z, sees the running count and, once closed, the rate', async () => {
    const { page, served } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPaperBatch(page, served.baseUrl, '02839-03', 'Tập thử bàn phím');
    const grid = page.getByRole('grid', { name: 'Phiếu số 1' });
    await expect(grid.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    const started = Date.now();
    for (const [form, first] of ITEM_1_KEYS.entries()) {
      await page.keyboard.press(first);
      for (let i = 0; i < OTHER_ITEMS; i++) await page.keyboard.press('1');
      if (form === 0) await page.keyboard.type('Cần sửa đường nội thôn');
      await page.keyboard.press('Enter');
    }
    const keyedMs = Date.now() - started;
    // An eleventh form keyed by mistake, taken back with Ctrl+Z.
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.getByText('Đã nhận 11/64 hộ').waitFor();
    await page.keyboard.press('Control+z');
    await page.getByText('Đã nhận 10/64 hộ').waitFor();
    // A figure for the log only: the keying speed is measured by test/bench/poll-paper-entry.bench.ts.
    console.log(`keyed 10 forms (120 keys) in ${keyedMs} ms: ${Math.round((10 * 60_000) / keyedMs)} forms/minute at machine speed`);

    await page.getByRole('link', { name: DEMO_POLL_LINK }).click();
    const progress = page.getByRole('region', { name: 'Tiến độ theo thôn' });
    await progress.getByRole('row').filter({ hasText: '10/64 hộ' }).getByText('15,63%').waitFor();
    await page.getByRole('button', { name: 'Đóng đợt' }).click();
    await page.getByText('Đã chuyển trạng thái: Đã đóng.').waitFor();
    await page.getByLabel('Đơn vị').selectOption('02839-03');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1. Quy hoạch' }) });
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(['7', '2', '1', '77,78%', 'Chưa đạt']);
    await page.getByText('10 phiếu / 64 hộ · tham gia 15,63% · Không hợp lệ').waitFor();
    await page.getByText('Cần sửa đường nội thôn').waitFor();
  });
});
