// The workbench's HTTP interface on 127.0.0.1: the page and its assets, the sidebar and dialogs with
// a google.script.run that posts here, and JSON actions. A bad request gets a 4xx with a message
// and changes nothing.
import * as fs from 'fs';
import * as path from 'path';
import type { IncomingMessage, ServerResponse } from 'http';
import { apiNames, dispatch, gasRunShim } from '../test/support/gas-run';
import { runFunction } from '../fakes';
import { BadRequest, DAILY_HANDLER, isIsoDay, type Session } from './session';
import { editCell, select, sortSheet } from './edits';
import { stateOf } from './state';
import { BUTTON_NAMES } from './replay';
import type { Answer, UiEvents } from './view';

export interface Assets { page: string; script: string }

const MAX_BODY = 1_000_000;

// A call that raises a question comes back undone with the question: the workbench page asks the user
// (workbenchAsk) and the call is sent again with the answers so far. After each call the sidebar
// tells the page, which redraws the grid and shows toasts.
const RELAY = `async (name, argsJson) => {
  let res;
  try {
    let answers = [];
    for (;;) {
      res = await fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, args: argsJson, answers }) }).then((r) => r.json());
      if (!res.question) break;
      answers = answers.slice(0, res.answered).concat([await parent.workbenchAsk(res.question)]);
    }
    if (!res.ok && !res.message) res.message = res.error;
  } catch (e) {
    return { ok: false, message: 'The workbench server did not answer: ' + e.message };
  }
  try { parent.postMessage({ workbench: 'changed', events: res.events }, location.origin); } catch (e) {}
  return res;
}`;
const HOST_BRIDGE = `google.script.host.close = () => parent.postMessage({ workbench: 'close' }, location.origin);`;

/** The HTML the add-on showed, with google.script.run (serving `names`) defined before the page's own script runs. */
export function withShim(html: string, names: readonly string[]): string {
  const shim = `<script>${gasRunShim(RELAY, names)}\n${HOST_BRIDGE}</script>`;
  const at = html.search(/<script/i);
  if (at >= 0) return html.slice(0, at) + shim + html.slice(at);
  const head = html.search(/<\/head>/i);
  return head >= 0 ? html.slice(0, head) + shim + html.slice(head) : shim + html;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}
function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new BadRequest('Send JSON (Content-Type: application/json)', 415);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BadRequest('Request too large', 413);
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch (e) {
    throw new BadRequest(`Malformed JSON: ${(e as Error).message}`);
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('The request body must be a JSON object');
  return body as Record<string, unknown>;
}

/** The user's answers to the questions a run asks: Button names (fakes/ui.ts) and a prompt's text. */
function answersOf(value: unknown): Answer[] {
  if (value === undefined) return [];
  const fits = (a: unknown): a is Answer => !!a && typeof a === 'object' && BUTTON_NAMES.includes((a as Answer).button) && ((a as Answer).text === undefined || typeof (a as Answer).text === 'string');
  if (!Array.isArray(value) || value.length > 100 || !value.every(fits)) {
    throw new BadRequest(`"answers" must be a list of {"button": ${BUTTON_NAMES.map((b) => `"${b}"`).join(' | ')}, "text"?: string}`);
  }
  return value.map((a: Answer) => (a.text === undefined ? { button: a.button } : { button: a.button, text: a.text }));
}

export function handler(s: Session, assets: Assets) {
  const action = (res: ServerResponse, r: { events: UiEvents; error?: string; note?: string }) => json(res, 200, { ok: !r.error, ...r, state: stateOf(s) });
  const posts: Record<string, (body: Record<string, unknown>, res: ServerResponse) => void> = {
    '/api/select': (b, res) => { select(s, b); json(res, 200, { ok: true, state: stateOf(s) }); },
    '/api/cell': (b, res) => action(res, editCell(s, b)),
    '/api/menu': (b, res) => {
      if (typeof b.functionName !== 'string') throw new BadRequest('"functionName" must name a menu item\'s function');
      action(res, s.runMenuItem(b.functionName, answersOf(b.answers)));
    },
    '/api/asof': (b, res) => { s.setAsOf(b.asOf === '' || b.asOf === undefined ? null : (b.asOf as string)); json(res, 200, { ok: true, state: stateOf(s) }); },
    '/api/daily': (b, res) => {
      const asOf = b.asOf === undefined ? s.asOf : b.asOf === '' || b.asOf === null ? null : b.asOf;
      if (asOf !== null && !isIsoDay(asOf)) throw new BadRequest(`"as of" must be a date written yyyy-MM-dd, not ${JSON.stringify(asOf)}`);
      if (!s.dailyCheck()) throw new BadRequest(`This build has no daily follow-up check (no ${DAILY_HANDLER} in dist/Code.js)`, 404);
      s.setAsOf(asOf);
      action(res, s.runDailyCheck());
    },
    '/api/reset': (_b, res) => { s.reset(); json(res, 200, { ok: true, state: stateOf(s) }); },
    '/api/empty': (_b, res) => { s.resetEmpty(); json(res, 200, { ok: true, state: stateOf(s) }); },
    '/api/sort': (b, res) => action(res, sortSheet(s, b)),
    '/api/run': (b, res) => {
      const name = b.name;
      if (typeof name !== 'string' || typeof b.args !== 'string') throw new BadRequest('Send {"name": "<function>", "args": "<JSON array>"}');
      if (name.endsWith('_') || typeof s.gas[name] !== 'function') throw new BadRequest(`Script function not found: ${name}`, 404);
      try {
        if (!Array.isArray(JSON.parse(b.args))) throw new Error('arguments must be an array');
      } catch (e) {
        throw new BadRequest(`Bad request: ${(e as Error).message}`);
      }
      const answers = answersOf(b.answers);
      let result: ReturnType<typeof dispatch> | undefined;
      const r = s.act(() => { result = dispatch((n, args) => runFunction(s.h, s.gas, n, args), name, b.args as string); }, answers);
      if (r.question) return json(res, 200, { ok: false, question: r.question, answered: r.answered, events: r.events });
      json(res, 200, { ...result!, events: r.events });
    },
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      // Only this machine's browser: a page elsewhere cannot reach us through a rebinding DNS name.
      if (host !== '127.0.0.1' && host !== 'localhost') throw new BadRequest(`Unexpected Host "${req.headers.host}"`, 403);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const route = url.pathname;
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (route === '/') return send(res, 200, fs.readFileSync(assets.page), 'text/html; charset=utf-8');
        if (route === '/app.js') return send(res, 200, fs.readFileSync(assets.script), 'text/javascript; charset=utf-8');
        if (route === '/workbench.css') return send(res, 200, fs.readFileSync(path.join(path.dirname(assets.page), 'workbench.css')), 'text/css; charset=utf-8');
        if (route === '/favicon.ico') { res.writeHead(204); res.end(); return; }
        if (route === '/api/state') return json(res, 200, stateOf(s));
        const shown = /^\/(sidebar|dialog)\/(\d+)$/.exec(route);
        if (shown) {
          const list = shown[1] === 'sidebar' ? s.h.ui.sidebars : s.h.ui.dialogs;
          const item = list[Number(shown[2])];
          if (!item) throw new BadRequest(`No ${shown[1]} ${shown[2]}: open it again from the menu`, 404);
          return send(res, 200, withShim(item.html, apiNames(s.gas)), 'text/html; charset=utf-8');
        }
        throw new BadRequest(`Nothing at ${route}`, 404);
      }
      if (req.method !== 'POST') throw new BadRequest(`${req.method} is not supported`, 405);
      const post = posts[route];
      if (!post) throw new BadRequest(`Nothing at ${route}`, 404);
      post(await readJson(req), res);
    } catch (e) {
      if (e instanceof BadRequest) return json(res, e.status, { ok: false, error: e.message });
      console.error(e);
      json(res, 500, { ok: false, error: `Workbench error: ${(e as Error).message}` });
    }
  };
}
