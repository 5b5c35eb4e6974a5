// Opens the sidebar the bundle showed (dist/Sidebar.html as served) in a real
// browser page whose google.script.run is served by the same bundle over the fakes.
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { runFunction, type Harness } from '../../fakes';
import { apiNames, dispatch, gasRunShim } from './gas-run';

export interface SidebarPage {
  page: Page;
  /** Alerts and confirms the page raised: an injected script would show here. */
  dialogs: string[];
  /** Calls the page made, in order. */
  calls: string[];
  /** Uncaught errors and console errors in the page. */
  errors: string[];
  /** Makes the next calls to a server function fail, as a lost connection would. */
  failNext(name: string, times?: number): void;
}

export async function openSidebar(browser: Browser, h: Harness, gas: Record<string, unknown>, html = h.ui.sidebars.at(-1)!.html): Promise<SidebarPage> {
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  const dialogs: string[] = [];
  const calls: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const failures = new Map<string, number>();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction('__gasRelay', (name: string, argsJson: string) => {
    calls.push(name);
    const left = failures.get(name) ?? 0;
    if (left > 0) {
      failures.set(name, left - 1);
      return { ok: false, message: "We're sorry, a server error occurred. Please wait a bit and try again." };
    }
    return dispatch((n, args) => runFunction(h, gas as never, n, args), name, argsJson);
  });
  await page.addInitScript({ content: gasRunShim('window.__gasRelay', apiNames(gas)) });
  // A real navigation (not setContent), so the init script runs before the page's own.
  await page.route('http://sidebar.test/**', (route) =>
    route.request().url().endsWith('/favicon.ico')
      ? route.fulfill({ status: 204 })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto('http://sidebar.test/');
  return { page, dialogs, calls, errors, failNext: (name, times = 1) => failures.set(name, times) };
}

/** axe-core's violations on the page, as "rule: target" strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return result;
}

/** Waits until check() returns a truthy value (the server side of a click is async), or fails with its last value. */
export async function eventually<T>(check: () => T, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = check();
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 25));
    last = check();
  }
  if (!last) throw new Error(`Condition not met within ${timeoutMs} ms`);
  return last;
}
