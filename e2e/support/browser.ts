import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/e2e');

/** Debian's Chromium (or CHROMIUM_PATH); browser downloads are not possible here. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new Error(`Chromium not found at ${candidate}. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return candidate;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1366, height: 900 } };

/**
 * Waits that fit a busy 2-core machine (the server, the build and Chromium share it): every
 * locator wait and navigation may take up to a minute before a journey fails.
 */
export const WAIT_MS = 60_000;

export async function newContext(browser: Browser, device: typeof PHONE | typeof DESKTOP, baseURL: string): Promise<BrowserContext> {
  // Reduced motion: charts draw at once, so screenshots need no sleep for animations.
  const context = await browser.newContext({ ...device, baseURL, locale: 'vi-VN', reducedMotion: 'reduce' });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function login(page: Page, username: string, password = 'ocop2026'): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  // Wait on the server's answer, not on time.
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST');
  await page.getByTestId('login-submit').click();
  const res = await answer;
  if (res.status() !== 200) throw new Error(`login as ${username} answered ${res.status()}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
