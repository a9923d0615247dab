import { itemName, NOT_SATISFIED, OVERALL_ITEM, SATISFIED } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { useBrowserSession } from '../support/browser';
import { openPaperBatch } from '../support/poll-entry';

const ITEMS = [...Array.from({ length: 10 }, (_, i) => itemName(i + 1)), OVERALL_ITEM];
/** Form k (0-based) is keyed "not satisfied" on its first k items and "satisfied" on the rest. */
const keysOf = (k: number) => ITEMS.map((_, i) => (i < k ? '2' : '1'));
const answersOf = (k: number) => Object.fromEntries(ITEMS.map((name, i) => [name, i < k ? NOT_SATISFIED : SATISFIED]));
const LABEL = 'Tập mạng chậm';

describe('paper forms keyed faster than the network saves them, in Chromium', () => {
  const session = useBrowserSession();
  const db = () => session.served.app.get(DataSource);

  it('keeps every keystroke, counts one form at a time and still sends the forms waiting when the typist finishes', async () => {
    const { page, served } = session;
    const [{ households }]: { households: number }[] = await db().query(`SELECT count(*)::int AS households FROM household WHERE village_code = '02839-04' AND status = 'active'`);
    // Saves are held at the network until the test lets some through: typing outruns them.
    const held: (() => void)[] = [];
    let allowed = 0;
    const letThrough = (n: number) => {
      allowed += n;
      for (; allowed > 0 && held.length > 0; allowed--) held.shift()!();
    };
    await page.route('**/forms/*', async (route) => {
      await new Promise<void>((resolve) => {
        held.push(resolve);
        letThrough(0);
      });
      await route.continue();
    });
    await openPaperBatch(page, served.baseUrl, '02839-04', LABEL);
    await page.getByTestId('entry-count').evaluate((el) => {
      const seen: string[] = ((window as unknown as { countsSeen: string[] }).countsSeen = []);
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });

    for (let k = 0; k < 6; k++) {
      for (const key of keysOf(k)) await page.keyboard.press(key);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('grid', { name: 'Phiếu số 7' }).waitFor();
    // The sixth form, still waiting its turn, is taken back: it is never sent.
    await page.keyboard.press('Control+z');
    letThrough(2);
    await page.getByText(`Đã nhận 2/${households} hộ`).waitFor();
    // The typist finishes while the third form is on its way and two more wait in the queue.
    await page.getByRole('button', { name: 'Kết thúc tập' }).click();
    letThrough(Infinity);

    const batches = page.getByRole('table', { name: 'Các tập phiếu giấy' });
    await batches.getByRole('row').filter({ hasText: LABEL }).getByRole('cell', { name: '5', exact: true }).waitFor();
    const stored: { answers: Record<string, unknown> }[] = await db().query(
      `SELECT r.answers FROM survey_response r JOIN poll_batch b ON b.id = r.poll_batch_id WHERE b.label = $1 ORDER BY r.submitted_at`,
      [LABEL],
    );
    expect(stored.map((r) => r.answers)).toEqual([0, 1, 2, 3, 4].map(answersOf));
    // While the page was up: one step per saved form, never back, never twice.
    const seen = await page.evaluate(() => (window as unknown as { countsSeen: string[] }).countsSeen);
    expect(seen).toEqual([`Đã nhận 1/${households} hộ`, `Đã nhận 2/${households} hộ`]);
  });
});
