// The workbench page: keeps the server's state on screen and sends the user's actions to it.
import { getState, post, ServerError } from './api';
import { GridPainter } from './grid-view';
import { renderMenu } from './menu';
import { renderDataMenu } from './data-menu';
import { alertBox, closeSidebar, errorBar, questionBox, showEvents, toast } from './overlays';
import './focus';
import type { ActionResult, Answer, StateView, UiEvents } from '../view';
import { renderOutbox } from './outbox';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let state: StateView | null = null;
let menuKey = '';

function show(next: StateView): void {
  state = next;
  $('doc-name').textContent = next.name;
  document.title = `${next.name}: workbench`;
  grid.render(next.grid);
  const active = next.grid.active;
  $('cell-name').textContent = active.a1;
  const cell = next.grid.cells[active.row - 1]?.[active.col - 1];
  const formula = $<HTMLInputElement>('formula');
  if (document.activeElement !== formula) formula.value = cell ? cell.input ?? cell.text : '';
  const tabs = $('tabs');
  tabs.replaceChildren(...next.tabs.map((name) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(name === next.grid.sheet));
    b.textContent = name;
    b.addEventListener('click', () => void act(() => post<{ state: StateView }>('/api/select', { sheet: name })));
    return b;
  }));
  const key = JSON.stringify(next.menu);
  if (key !== menuKey) { menuKey = key; renderMenu($('extensions'), next.menu, (fn) => void act(() => asking('/api/menu', { functionName: fn }))); }
  const asof = $<HTMLInputElement>('asof');
  if (document.activeElement !== asof) asof.value = next.asOf ?? '';
  $('today').textContent = next.asOf ? `TODAY() is ${next.today}` : `today ${next.today}`;
  const daily = $<HTMLButtonElement>('run-daily');
  daily.disabled = !next.dailyCheck;
  daily.title = next.dailyCheck ? `Runs ${next.dailyCheck}() as its time-driven trigger would, as of the date chosen` : 'This build of the add-on has no daily follow-up check';
  $('file').textContent = next.file;
  renderOutbox($('outbox-summary'), $('outbox-list'), next.outbox ?? []);
  document.body.dataset.ready = 'true';
}

/** Runs one action; shows what the add-on did, or the server's refusal as Sheets shows a problem. */
async function act(call: () => Promise<Partial<ActionResult> & { state?: StateView }>): Promise<void> {
  try {
    const r = await call();
    if (r.state) show(r.state);
    if (r.events || r.error) showEvents(r.events, r.error);
    if (r.note) toast(r.note, 'Daily follow-up check', 10);
  } catch (e) {
    if (e instanceof ServerError && e.status === 422) alertBox('There was a problem', e.message);
    else errorBar(e instanceof Error ? e.message : String(e));
    show(await getState());
  }
}

/**
 * Runs an action that runs add-on code. Each question the add-on asks comes back with the run undone;
 * the user answers it here and the action runs again with the answers so far, until it completes.
 */
async function asking(route: string, body: Record<string, unknown>): Promise<ActionResult> {
  let answers: Answer[] = [];
  for (;;) {
    const r = await post(route, { ...body, answers });
    if (!r.question) return r;
    answers = [...answers.slice(0, r.answered), await questionBox(r.question)];
  }
}

// The sidebar's google.script.run relay asks its questions here, over the grid, as Sheets does.
(window as unknown as { workbenchAsk: typeof questionBox }).workbenchAsk = questionBox;

const grid = new GridPainter($<HTMLTableElement>('grid'), $('grid-wrap'), {
  select: (a1) => void act(() => post<{ state: StateView }>('/api/select', { sheet: state!.grid.sheet, a1 })),
  edit: (a1, value) => act(() => post('/api/cell', { sheet: state!.grid.sheet, a1, value })),
});

$<HTMLInputElement>('formula').addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || !state) return;
  const value = (e.target as HTMLInputElement).value;
  (e.target as HTMLInputElement).blur();
  void act(() => post('/api/cell', { sheet: state!.grid.sheet, a1: state!.grid.active.a1.split(':')[0], value }));
});
$<HTMLInputElement>('asof').addEventListener('change', (e) => {
  void act(() => post<{ state: StateView }>('/api/asof', { asOf: (e.target as HTMLInputElement).value }));
});
$<HTMLFormElement>('clock').addEventListener('submit', (e) => {
  e.preventDefault();
  void act(() => post('/api/daily', { asOf: $<HTMLInputElement>('asof').value }));
});
$('reset').addEventListener('click', () => {
  if (!confirm('Replace the spreadsheet with the demo data? Everything changed in the workbench is lost.')) return;
  closeSidebar();
  void act(() => post<{ state: StateView }>('/api/reset', {})).then(() => toast('The demo spreadsheet is back.', 'Workbench'));
});
$('new-empty').addEventListener('click', () => {
  if (!confirm('Replace the spreadsheet with a new, empty one? Everything changed in the workbench is lost.')) return;
  closeSidebar();
  void act(() => post<{ state: StateView }>('/api/empty', {})).then(() => toast('A new, empty spreadsheet: try Extensions > Info Interviews > Set up tracker.', 'Workbench'));
});
renderDataMenu($('data-menu'), () => state?.grid.active.col ?? 1, (ascending) => void act(() => post('/api/sort', { sheet: state!.grid.sheet, ascending })));
$('sidebar-close').addEventListener('click', closeSidebar);

// The sidebar's google.script.run calls and google.script.host.close() report here.
window.addEventListener('message', (e: MessageEvent<{ workbench?: string; events?: UiEvents }>) => {
  if (e.origin !== location.origin || !e.data?.workbench) return;
  if (e.data.workbench === 'close') closeSidebar();
  if (e.data.workbench === 'changed') {
    const events = e.data.events;
    void getState().then((s) => { show(s); if (events) showEvents({ ...events, sidebars: events.sidebars }); });
  }
});

void getState().then(show, (e) => errorBar(`The workbench server did not answer: ${(e as Error).message}`));
