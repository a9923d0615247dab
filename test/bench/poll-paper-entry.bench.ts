import { useBrowserSession } from '../support/browser';
import { openPaperBatch } from '../support/poll-entry';

/** Thôn 02839-03 has 64 households in the demo registry and no form yet: room for every form. */
const FORMS = 50;
const KEYS_PER_FORM = 11;
/** The target: a typist keys at least 30 forms a minute, never waiting for the network. */
const perMinute = (forms: number, ms: number) => Math.round((forms * 60_000) / ms);

describe('keying paper poll forms in Chromium at machine speed', () => {
  const session = useBrowserSession();

  it(`keys ${FORMS} forms of ${KEYS_PER_FORM} answers and Enter each, while they are saved in the background`, async () => {
    const { page, served } = session;
    await openPaperBatch(page, served.baseUrl, '02839-03', 'Bench');
    const started = performance.now();
    for (let form = 0; form < FORMS; form++) {
      for (let key = 0; key < KEYS_PER_FORM; key++) await page.keyboard.press(form % 3 === key % 3 ? '2' : '1');
      await page.keyboard.press('Enter');
    }
    const keyedMs = performance.now() - started;
    await page.getByText(`Đã nhận ${FORMS}/64 hộ`).waitFor();
    await page.getByText('Đang lưu:').waitFor({ state: 'detached' });
    const savedMs = performance.now() - started;
    process.stdout.write(
      `BENCH paper poll entry: ${FORMS} forms keyed in ${(keyedMs / 1000).toFixed(2)} s = ${perMinute(FORMS, keyedMs)} forms/minute; ` +
        `all saved after ${(savedMs / 1000).toFixed(2)} s = ${perMinute(FORMS, savedMs)} forms/minute (target ≥ 30)\n`,
    );
  });
});
