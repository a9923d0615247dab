import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
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

export type PhoneSessions = { served: ServedApp; signIn: (username: string) => Promise<Page> };

/** The demo app and Chromium once per file (`prepare` seeds the app first); each person signs in in a
 * browser context of their own, on a phone-sized screen, closed after each test. */
export function usePhoneSessions(prepare: (served: ServedApp) => Promise<void> = async () => {}): PhoneSessions {
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  const sessions = {
    async signIn(username: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      contexts.push(context);
      const page = await context.newPage();
      await logIn(page, sessions.served.baseUrl, username);
      await page.getByRole('link', { name: 'Trang chủ' }).waitFor();
      return page;
    },
  } as PhoneSessions;
  beforeAll(async () => {
    [sessions.served, browser] = await Promise.all([serveApp('demo'), launchChromium()]);
    await prepare(sessions.served);
  });
  afterAll(async () => {
    await browser?.close();
    await sessions.served?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });
  return sessions;
}
