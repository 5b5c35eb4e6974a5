// The local workbench end to end: `node workbench/server.mjs` as `npm start` runs it, over a temp
// spreadsheet file, driven in Chromium: menu, sidebar, grid edits, the daily check as of a later
// date, a restart, and bad requests. Takes the README's screenshot (docs/workbench.png).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { axeViolations } from '../support/sidebar-page';
import { CONTACT_COLUMNS } from '../../src/shared/schema';

const ROOT = join(__dirname, '..', '..');
const NOTES = CONTACT_COLUMNS.findIndex((c) => c.key === 'notes');
const STATUS_LETTER = String.fromCharCode(65 + CONTACT_COLUMNS.findIndex((c) => c.key === 'status'));

interface Workbench { url: string; stop(): Promise<void> }

async function startWorkbench(file: string, extra: string[] = []): Promise<Workbench> {
  const proc: ChildProcess = spawn(process.execPath, [join(ROOT, 'workbench', 'server.mjs'), '--port', '0', '--file', file, ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    proc.stderr!.on('data', (d) => (err += d));
    proc.once('exit', (code) => reject(new Error(`The workbench exited (${code}): ${err}`)));
  });
  return { url, stop: () => new Promise<void>((resolve) => { proc.once('exit', () => resolve()); proc.kill(); }) };
}

async function until(check: () => Promise<boolean>, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const rowOf = (page: Page, name: string): Locator => page.locator('#grid tbody tr', { has: page.locator('td', { hasText: new RegExp(`^${name}$`) }) });
const background = (cell: Locator) => cell.evaluate((e) => getComputedStyle(e).backgroundColor);

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 820 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(url);
  await page.locator('body[data-ready]').waitFor();
  return { page, errors };
}

/** axe-core's findings inside the open modal (the add-on's alert or prompt). */
async function modalViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document.getElementById('modal')!, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function runMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Info Interviews' }).click();
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
}

let browser: Browser;
let chartIds: string[] = [];
let dir: string;
let file: string;
let wb: Workbench;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'workbench-'));
  file = join(dir, 'spreadsheet.json');
  [browser, wb] = await Promise.all([launchBrowser(), startWorkbench(file)]);
}, 60000);
afterAll(async () => {
  await wb?.stop();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the local workbench', () => {
  it('runs the add-on: set-up from the menu, a meeting logged in the sidebar, the daily check as of a later date', async () => {
    const { page, errors } = await openPage(browser, wb.url);
    await expect(page.getByRole('tab', { name: 'Contacts' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await page.locator('#grid tbody tr').count()).toBeGreaterThan(12);
    expect(await axeViolations(page)).toEqual([]);

    await runMenu(page, 'Set up tracker');
    await page.locator('.wb-toast').filter({ hasText: 'Info Interviews' }).first().waitFor();

    // The add-on's own overdue rule (its formula compares a due date with TODAY()) gives the colour to look for.
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { sheets: Array<{ name: string; conditionalFormats: Array<{ values: unknown[]; format: { background?: string } }> }> };
    const overdue = saved.sheets.find((s) => s.name === 'Contacts')!.conditionalFormats.find((r) => /<TODAY\(\)\)$/.test(String(r.values[0])))!;
    const hex = overdue.format.background!;
    const OVERDUE_RED = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

    // Selecting a cell on Aisha's row makes her the add-on's selected contact.
    const aisha = rowOf(page, 'Aisha Mohammed');
    await aisha.locator('td').nth(1).click();
    expect(await background(aisha.locator('td').nth(1))).not.toBe(OVERDUE_RED);
    await runMenu(page, 'Log a meeting');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.getByRole('heading', { name: 'Log a meeting' }).waitFor();
    const aishaId = await aisha.locator('td').first().textContent();
    await until(async () => (await sidebar.getByLabel(/^Contact\b/).inputValue()) === aishaId, 'Aisha preselected');
    await sidebar.getByLabel('Type').selectOption('Video call');
    await sidebar.getByLabel('Takeaways').fill('Policy teams hire research assistants every spring.');
    await sidebar.getByRole('button', { name: 'Log meeting' }).click();
    await sidebar.getByRole('heading', { name: 'Meeting logged' }).waitFor();

    // Logged today, no thank-you yet: due tomorrow, so not overdue; three days on it is.
    const today = (await page.locator('#today').textContent())!.replace(/^\D+/, '');
    await until(async () => (await background(aisha.locator('td').nth(1))) !== OVERDUE_RED, 'the row not overdue today');
    await page.locator('#asof').fill(addDays(today, 3));
    await page.getByRole('button', { name: 'Run daily follow-up check' }).click();
    await until(async () => (await background(aisha.locator('td').nth(1))) === OVERDUE_RED, "Aisha's row highlighted as overdue");
    await expect(aisha.locator('td', { hasText: /Send thank-you note/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(ROOT, 'docs', 'workbench.png') });

    // Back to today: TODAY() in the highlight follows the clock, so the row is not overdue yet.
    await page.locator('#asof').fill('');
    await page.locator('#asof').dispatchEvent('change');
    await until(async () => (await background(aisha.locator('td').nth(1))) !== OVERDUE_RED, 'the highlight back to today');

    await page.getByRole('tab', { name: 'Meetings' }).click();
    await rowOf(page, 'Aisha Mohammed').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the Dashboard's three charts over the grid, from the tab's values, with their titles and labels as text", async () => {
    const { page, errors } = await openPage(browser, wb.url);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const funnel = page.getByRole('img', { name: /^Outreach funnel\. Bar chart\. To contact: / });
    const monthly = page.getByRole('img', { name: /^Meetings per month\. Column chart\. / });
    await funnel.waitFor();
    await expect(page.locator('svg.wb-chart').count()).resolves.toBe(3);
    // Interest per path: one line a path, its points the Interest (1-5) of the demo's meetings; two spellings of UX research are one line.
    const paths = page.getByRole('img', { name: /^Interest per path \(1-5\)\. Line chart\. / });
    await expect(paths.getAttribute('aria-label')).resolves.toMatch(/Marketing Manager · Retail 3.*UX Researcher · Design no value/);
    await expect(paths.locator('polyline').count()).resolves.toBe(2);
    await expect(paths.locator('circle').count()).resolves.toBe(5);
    await expect(funnel.locator('text').allTextContents()).resolves.toEqual(expect.arrayContaining(['Outreach funnel', 'Scheduled', 'Met', 'Now at this stage', 'Reached this stage']));
    // The bars are the table's numbers: the accessible name reads them from the cells beside the chart.
    const metRow = rowOf(page, 'Met').locator('td');
    const [now, reached] = [await metRow.nth(1).textContent(), await metRow.nth(2).textContent()];
    await expect(funnel.getAttribute('aria-label')).resolves.toContain(`Met: Now at this stage ${now}, Reached this stage ${reached}`);
    await expect(monthly.locator('text').first().textContent()).resolves.toBe('Meetings per month');
    // Anchored at column F, beside the tables, not over them.
    const [chartBox, fBox] = [await funnel.boundingBox(), await page.locator('#grid thead th').nth(6).boundingBox()];
    expect(Math.round(chartBox!.x)).toBe(Math.round(fBox!.x));
    chartIds = await page.locator('svg.wb-chart').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.chartId!));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('edits cells like Sheets: typed text parsed and saved, drop-downs enforced', async () => {
    const { page } = await openPage(browser, wb.url);
    await page.getByRole('tab', { name: 'Contacts' }).click();
    const notes = rowOf(page, 'Emily Nguyen').locator('td').nth(NOTES);
    await notes.dblclick();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Alumni mixer <b>in May</b>');
    await page.keyboard.press('Enter');
    await until(async () => (await notes.textContent()) === 'Alumni mixer <b>in May</b>', 'the note shown as text');
    expect(await notes.locator('b').count()).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Alumni mixer <b>in May</b>');

    const status = rowOf(page, 'Emily Nguyen').getByLabel(/^Status, row/);
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/cell') && r.ok()), status.selectOption('Contacted')]);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { sheets: Array<{ name: string; cells: Record<string, { value?: unknown }> }> };
    const row = await rowOf(page, 'Emily Nguyen').locator('th').textContent();
    expect(saved.sheets.find((s) => s.name === 'Contacts')!.cells[`${STATUS_LETTER}${row}`].value).toBe('Contacted');
    await page.close();
  });

  it('refuses bad requests with a clear message and changes nothing', async () => {
    const before = readFileSync(file, 'utf8');
    const post = (route: string, body: string) => fetch(wb.url + route.slice(1), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const cases: Array<[string, string, number, RegExp]> = [
      ['/api/cell', JSON.stringify({ sheet: 'Contacts', a1: 'B0;DROP', value: 'x' }), 400, /not a cell address/],
      ['/api/cell', JSON.stringify({ sheet: 'Contacts', a1: 'ZZ99999', value: 'x' }), 400, /outside "Contacts"/],
      ['/api/cell', JSON.stringify({ sheet: 'Nope', a1: 'A1', value: 'x' }), 404, /No tab named "Nope"/],
      ['/api/cell', JSON.stringify({ sheet: 'Contacts', a1: `${STATUS_LETTER}2`, value: 'Maybe' }), 422, /violates the data validation rules/],
      ['/api/cell', '{"sheet": "Contacts", "a1": ', 400, /Malformed JSON/],
      ['/api/run', JSON.stringify({ name: 'wipeEverything', args: '[]' }), 404, /Script function not found: wipeEverything/],
      ['/api/run', JSON.stringify({ name: 'getSelection', args: '{not json' }), 400, /Bad request/],
      ['/api/menu', JSON.stringify({ functionName: 'onOpen' }), 404, /No menu item runs "onOpen"/],
      ['/api/menu', JSON.stringify({ functionName: 'menuTurnOnDailyCheck', answers: [{ button: 'MAYBE' }] }), 400, /"answers" must be a list/],
      ['/api/daily', JSON.stringify({ asOf: '2026-02-30' }), 400, /yyyy-MM-dd/],
    ];
    for (const [route, body, status, message] of cases) {
      const res = await post(route, body);
      const json = (await res.json()) as { error: string };
      expect([route, res.status, json.error]).toEqual([route, status, expect.stringMatching(message)]);
    }
    expect((await fetch(wb.url + 'favicon.ico')).status).toBe(204);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('keeps the spreadsheet across a restart', async () => {
    await wb.stop();
    wb = await startWorkbench(file);
    const { page } = await openPage(browser, wb.url);
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await expect(rowOf(page, 'Emily Nguyen').locator('td').nth(NOTES).textContent()).resolves.toBe('Alumni mixer <b>in May</b>');
    await expect(rowOf(page, 'Aisha Mohammed').locator('td', { hasText: /thank-you/i }).count()).resolves.toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Meetings' }).click();
    await rowOf(page, 'Aisha Mohammed').waitFor();
    // The charts come back with their ids, so the next refresh updates them rather than adding copies.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.locator('svg.wb-chart').first().waitFor();
    await expect(page.locator('svg.wb-chart').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.chartId))).resolves.toEqual(chartIds);
    await page.close();
  });

  it('asks "Turn it off?" as Sheets does and does what the user chose', async () => {
    const dailyTriggers = () => ((JSON.parse(readFileSync(file, 'utf8')) as { triggers?: Array<{ handler: string }> }).triggers ?? []).filter((t) => t.handler === 'runDailyFollowUpCheck').length;
    let { page } = await openPage(browser, wb.url);
    await runMenu(page, 'Turn on daily follow-up check');
    await page.locator('.wb-toast').filter({ hasText: 'The daily follow-up check is on' }).waitFor();
    expect(dailyTriggers()).toBe(1);
    await page.close();

    // Reopened, the spreadsheet's onOpen runs in LIMITED, where the menu cannot tell the check is on.
    const askAgain = async () => {
      await wb.stop();
      wb = await startWorkbench(file);
      ({ page } = await openPage(browser, wb.url));
      await runMenu(page, 'Turn on daily follow-up check');
      const box = page.getByRole('dialog', { name: 'Info Interviews' });
      await box.getByText('The daily follow-up check is already on. Turn it off?').waitFor();
      return box;
    };
    let box = await askAgain();
    await expect(modalViolations(page)).resolves.toEqual([]);
    await expect(box.getByRole('button').allTextContents()).resolves.toEqual(['✕', 'Yes', 'No']);
    // Nothing is decided while the question is open.
    expect(dailyTriggers()).toBe(1);
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/menu') && r.ok()), box.getByRole('button', { name: 'No', exact: true }).click()]);
    await expect(box.isVisible()).resolves.toBe(false);
    expect(dailyTriggers()).toBe(1);
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Info Interviews' }).click();
    await page.getByRole('menuitem', { name: 'Turn off daily follow-up check', exact: true }).waitFor();
    await expect(page.locator('.wb-toast').filter({ hasText: 'is off' }).count()).resolves.toBe(0);
    await page.close();

    box = await askAgain();
    await box.getByRole('button', { name: 'Yes', exact: true }).click();
    await page.locator('.wb-toast').filter({ hasText: 'The daily follow-up check is off' }).waitFor();
    expect(dailyTriggers()).toBe(0);
    await page.close();
  });
});


describe('the workbench as a newcomer meets it', () => {
  let own: Workbench;
  let ownDir: string;
  let ownFile: string;
  beforeAll(async () => {
    ownDir = mkdtempSync(join(tmpdir(), 'workbench-'));
    ownFile = join(ownDir, 'spreadsheet.json');
    own = await startWorkbench(ownFile);
  }, 60000);
  afterAll(async () => {
    await own?.stop();
    rmSync(ownDir, { recursive: true, force: true });
  });

  const names = (page: Page) => page.locator('#grid tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent ?? '').filter((n) => n !== ''));
  const rowTexts = (page: Page) => page.locator('#grid tbody tr').evaluateAll((trs) => trs.slice(1).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td.querySelector('select') as HTMLSelectElement | null)?.value ?? td.textContent).join('|')).filter((t) => t.replace(/\|/g, '') !== ''));

  it('sorts the sheet by the active column, moving whole rows, and a contact saved after the sort is the right person', async () => {
    const { page, errors } = await openPage(browser, own.url);
    const before = (await rowTexts(page)).sort();
    await rowOf(page, 'Grace Liu').locator('td').nth(1).click();
    await until(async () => /^B\d+$/.test((await page.locator('#cell-name').textContent()) ?? ''), 'the Name cell selected');
    await page.getByRole('button', { name: 'Data' }).click();
    await page.getByRole('menuitem', { name: 'Sort sheet by column B, Z → A' }).click();
    await until(async () => (await names(page))[1] === 'Wei Zhang', 'the rows sorted Z to A');
    const sorted = await names(page);
    expect(sorted.slice(1)).toEqual([...sorted.slice(1)].sort((a, b) => b.localeCompare(a)));
    // Whole rows moved: every row is one of the rows there were before, unchanged.
    expect((await rowTexts(page)).sort()).toEqual(before);
    await page.getByRole('button', { name: 'Data' }).click();
    await page.getByRole('menuitem', { name: 'Sort sheet by column B, A → Z' }).click();
    await until(async () => (await names(page))[1] === 'Aisha Mohammed', 'the rows sorted A to Z');

    // The contact form edits the active row's person, found by ID wherever the sort put them.
    const grace = rowOf(page, 'Grace Liu');
    await grace.locator('td').nth(1).click();
    await runMenu(page, 'Open sidebar');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.getByRole('button', { name: 'Add or edit a contact' }).click();
    await sidebar.getByRole('heading', { name: 'Edit contact' }).waitFor();
    expect(await sidebar.getByLabel('Name', { exact: true }).inputValue()).toBe('Grace Liu');
    await sidebar.getByLabel('Title').fill('Principal Scientist');
    await sidebar.getByRole('button', { name: 'Save changes' }).click();
    await sidebar.getByRole('status').getByText(/Grace Liu/).waitFor();
    const title = CONTACT_COLUMNS.findIndex((c) => c.key === 'title');
    await until(async () => (await rowOf(page, 'Grace Liu').locator('td').nth(title).textContent()) === 'Principal Scientist', "Grace's title in the grid");
    expect(await rowOf(page, 'Marcus Okafor').locator('td').nth(title).textContent()).toBe('Senior Data Analyst');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what the daily follow-up check changed', async () => {
    const { page } = await openPage(browser, own.url);
    const today = (await page.locator('#today').textContent())!.replace(/^\D+/, '');
    await page.locator('#asof').fill(addDays(today, 5));
    await page.getByRole('button', { name: 'Run daily follow-up check' }).click();
    const toastBox = page.locator('.wb-toast').filter({ hasText: 'Daily follow-up check' });
    await toastBox.getByText(new RegExp(`^As of ${addDays(today, 5)}: Contacts, \\d+ rows? changed: `)).waitFor();
    await page.locator('.wb-toast-close').first().click();
    await page.getByRole('button', { name: 'Run daily follow-up check' }).click();
    await page.locator('.wb-toast').filter({ hasText: 'nothing changed, Next action was already up to date' }).waitFor();
    await page.close();
  });

  it('reaches the sidebar from the keyboard: a skip link first, focus moved in on opening, Escape back to the grid; one scrollbar; axe clean', async () => {
    const { page } = await openPage(browser, own.url);
    await runMenu(page, 'Open sidebar');
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByRole('heading', { name: 'Info Interviews' }).waitFor();
    const inSidebar = () => page.evaluate(() => document.activeElement?.id === 'sidebar-frame');
    await until(inSidebar, 'focus moved into the sidebar when it opened');
    await page.keyboard.press('Escape');
    await until(() => page.evaluate(() => document.activeElement?.id === 'grid'), 'Escape back to the grid');

    // From the top of the page: Tab reaches the skip link, which takes focus into the sidebar.
    // As when the page has just loaded: the next Tab starts from the top of the document.
    await page.evaluate(() => { document.body.tabIndex = -1; document.body.focus(); });
    let presses = 0;
    while (presses < 5 && !(await inSidebar())) {
      await page.keyboard.press('Tab');
      presses++;
      if (await page.evaluate(() => document.activeElement?.id === 'skip-sidebar')) await page.keyboard.press('Enter');
    }
    expect(await inSidebar()).toBe(true);
    expect(presses).toBeLessThanOrEqual(5);

    // The grid scrolls inside its own box; the page itself never does (no second scrollbar).
    const overflow = await page.evaluate(() => {
      const d = document.documentElement;
      return { x: d.scrollWidth - d.clientWidth, y: d.scrollHeight - d.clientHeight };
    });
    expect(overflow).toEqual({ x: 0, y: 0 });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('starts from an empty spreadsheet with --empty, and makes one with "New empty spreadsheet"', async () => {
    const emptyFile = join(ownDir, 'empty.json');
    const blank = await startWorkbench(emptyFile, ['--empty']);
    try {
      const { page, errors } = await openPage(browser, blank.url);
      await expect(page.getByRole('tab').allTextContents()).resolves.toEqual(['Sheet1']);
      expect(await page.locator('#grid tbody td').evaluateAll((tds) => tds.filter((td) => td.textContent !== '').length)).toBe(0);
      await runMenu(page, 'Set up tracker');
      await until(async () => (await page.getByRole('tab').allTextContents()).includes('Question Bank'), 'the tracker set up');
      // Set-up leaves Contacts in front, with Name and Next action in view.
      await expect(page.getByRole('tab', { name: 'Contacts' }).getAttribute('aria-selected')).resolves.toBe('true');
      await expect(page.locator('#grid tbody tr').first().locator('td').allTextContents()).resolves.toEqual(expect.arrayContaining(['Name', 'Next action']));
      await page.getByRole('button', { name: 'New empty spreadsheet' }).click();
      await until(async () => JSON.stringify(await page.getByRole('tab').allTextContents()) === '["Sheet1"]', 'a new empty spreadsheet');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await blank.stop();
    }
  });
});
