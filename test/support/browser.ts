import { type Browser, chromium, type Page } from 'playwright-core';
import { type ServedApp, serveApp } from './served-app';

/** Debian's Chromium (installed by .ci/run); no browser download is possible here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Logs in through the login page as a person would. */
export async function logIn(page: Page, baseUrl: string, username: string, password = 'demo1234'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export type BrowserSession = { served: ServedApp; browser: Browser; page: Page };

/** Registers the usual hooks: the demo app and Chromium once per file, a fresh page per test. */
export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.served, session.browser] = await Promise.all([serveApp('demo'), launchChromium()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.served?.close();
  });
  beforeEach(async () => {
    session.page = await session.browser.newPage();
  });
  afterEach(() => session.page.close());
  return session;
}
