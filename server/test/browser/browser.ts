import fs from 'node:fs';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Download,
  type Page,
} from 'playwright-core';

/**
 * Where the browser suite writes its screenshots: test-results/ (ignored) on ordinary runs, so a
 * test run leaves the tree clean; `npm run screenshots` refreshes the README's in docs/screenshots.
 */
export const SCREENSHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');

/**
 * Debian's Chromium (apt-get install chromium), headless, with the flags that keep it off the
 * network: it only talks to the app under test.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath} (apt-get install -y chromium)`);
  if (!fs.existsSync(path.resolve('dist/client/index.html')))
    throw new Error('The web client is not built: npm run build:client');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile at desktop width, Polish like the users. */
export function newContext(
  browser: Browser,
  baseURL: string,
  options: { width?: number; height?: number } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'pl-PL',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: true,
  });
}

/** Logs in through the login page and waits to leave it. */
export async function login(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByLabel(/e-mail|email/i).fill(email);
  await page.getByLabel(/^(hasło|password)$/i).fill(password);
  await page.getByRole('button', { name: /zaloguj się|log in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** The bytes of a finished download (the browser keeps them in a temporary file until the context closes). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const failure = await download.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  return fs.promises.readFile(await download.path());
}
