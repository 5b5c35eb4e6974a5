// Finds a Chromium for the browser tests with nothing installed by hand:
// CHROME_PATH, then a system Chromium or Chrome, then the one that ships inside
// the @sparticuz/chromium npm package (Linux only), unpacked on first use.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

const QUIET_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const MAC_BROWSERS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function systemBrowser(): string | null {
  if (process.platform === 'darwin') return MAC_BROWSERS.find((p) => existsSync(p)) ?? null;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path && existsSync(path)) return path;
    } catch {
      // not on PATH; try the next
    }
  }
  return null;
}

export async function browserExecutable(): Promise<{ path: string; args: string[] }> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, args: QUIET_FLAGS };
  const system = systemBrowser();
  if (system) return { path: system, args: QUIET_FLAGS };
  if (process.platform !== 'linux') {
    throw new Error('No Chrome or Chromium found: set CHROME_PATH to your browser (the bundled Chromium is Linux-only).');
  }
  const mod = await import('@sparticuz/chromium');
  const sparticuz = (mod as unknown as { default: { executablePath(): Promise<string> } }).default;
  const path = await sparticuz.executablePath();
  // Not sparticuz.args: they are for one-shot serverless use (--single-process
  // ends the browser when its first page closes).
  return { path, args: QUIET_FLAGS };
}

export async function launchBrowser(): Promise<Browser> {
  const { path, args } = await browserExecutable();
  return chromium.launch({ executablePath: path, args, headless: true });
}

/** One browser for a test file: launched before its tests, closed after them. */
export function useBrowser(set: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    set(browser);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
  });
}
