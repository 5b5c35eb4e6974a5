// What the add-on shows over the grid, placed as Sheets places it: the sidebar (300 px, right),
// dialogs and alerts (modal, centred), toasts (bottom right), script errors (a bar at the top).
import type { Answer, Question, UiEvents } from '../view';
import { el } from './dom';


const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function showSidebar(id: number, title: string): void {
  $<HTMLElement>('sidebar-title').textContent = title || 'Add-on';
  $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar/${id}`;
  $<HTMLElement>('sidebar').hidden = false;
}

export function closeSidebar(): void {
  $<HTMLElement>('sidebar').hidden = true;
  $<HTMLIFrameElement>('sidebar-frame').removeAttribute('src');
}

export function toast(message: string, title = '', seconds = 5): void {
  const box = el('div', 'wb-toast');
  box.setAttribute('role', 'status');
  if (title) box.append(el('strong', undefined, title));
  box.append(el('div', undefined, message));
  const close = el('button', 'wb-toast-close', '✕');
  close.type = 'button';
  close.setAttribute('aria-label', 'Dismiss');
  close.addEventListener('click', () => box.remove());
  box.append(close);
  $<HTMLElement>('toasts').append(box);
  // A negative timeout keeps it until dismissed, as in Sheets.
  if (seconds >= 0) setTimeout(() => box.remove(), Math.max(seconds, 3) * 1000);
}

const queue: Array<(dialog: HTMLDialogElement) => void> = [];

/** Modal content, one at a time, in the order the add-on raised them. */
function modal(fill: (dialog: HTMLDialogElement) => void): void {
  queue.push(fill);
  const dialog = $<HTMLDialogElement>('modal');
  if (!dialog.open) next(dialog);
}

function next(dialog: HTMLDialogElement): void {
  const fill = queue.shift();
  if (!fill) return;
  dialog.replaceChildren();
  fill(dialog);
  dialog.addEventListener('close', () => next(dialog), { once: true });
  dialog.showModal();
}

function buttonsRow(dialog: HTMLDialogElement, buttons: string[], pressed?: string, choose?: (button: string) => void): HTMLElement {
  const row = el('div', 'wb-modal-buttons');
  for (const b of buttons) {
    const btn = el('button', b === (pressed ?? buttons[0]) ? 'wb-primary' : 'wb-secondary', b === 'OK' ? 'OK' : b[0] + b.slice(1).toLowerCase());
    btn.type = 'button';
    btn.dataset.button = b;
    btn.addEventListener('click', () => { choose?.(b); dialog.close(); });
    row.append(btn);
  }
  return row;
}

let questions = 0;

/**
 * An alert that offers a choice, or a prompt, as Sheets shows it; resolves with the user's answer.
 * The ✕ and Escape answer CLOSE, as closing the box does in Sheets.
 */
export function questionBox(q: Question): Promise<Answer> {
  return new Promise((resolve) => modal((d) => {
    const id = `wb-question-${++questions}`;
    let answer: Answer = { button: 'CLOSE' };
    d.setAttribute('aria-label', q.title || (q.kind === 'prompt' ? 'Prompt' : 'Alert'));
    d.setAttribute('aria-describedby', id);
    const head = el('div', 'wb-dialog-head');
    head.append(el('h2', undefined, q.title));
    const close = el('button', 'wb-secondary wb-close', '✕');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => d.close());
    head.append(close);
    const text = el('p', 'wb-prompt', q.prompt);
    text.id = id;
    d.append(head, text);
    const input = q.kind === 'prompt' ? el('input', 'wb-prompt-input') : null;
    const row = buttonsRow(d, q.buttons.split('_'), undefined, (button) => { answer = input ? { button, text: input.value } : { button }; });
    if (input) {
      input.setAttribute('aria-labelledby', id);
      input.autocomplete = 'off';
      input.autofocus = true;
      // Enter presses the first button (OK or Yes), as in Sheets.
      input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); row.querySelector('button')?.click(); } });
      d.append(input);
    } else {
      row.querySelector('button')!.autofocus = true;
    }
    d.append(row);
    d.addEventListener('close', () => resolve(input && answer.button === 'CLOSE' ? { button: 'CLOSE', text: input.value } : answer), { once: true });
  }));
}

export function alertBox(title: string, prompt: string, buttons = 'OK', response?: string, note?: string): void {
  modal((d) => {
    d.setAttribute('aria-label', title || 'Alert');
    if (title) d.append(el('h2', undefined, title));
    d.append(el('p', 'wb-prompt', prompt));
    if (note) d.append(el('p', 'wb-note', note));
    d.append(buttonsRow(d, buttons.split('_'), response));
  });
}

export function dialogBox(id: number, title: string, width: number, height: number): void {
  modal((d) => {
    d.setAttribute('aria-label', title || 'Dialog');
    const head = el('div', 'wb-dialog-head');
    head.append(el('h2', undefined, title));
    const close = el('button', 'wb-secondary', '✕');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close dialog');
    close.addEventListener('click', () => d.close());
    head.append(close);
    const frame = el('iframe');
    frame.title = title || 'Add-on dialog';
    frame.src = `/dialog/${id}`;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    d.append(head, frame);
  });
}

export function errorBar(message: string | null): void {
  const bar = $<HTMLElement>('error-bar');
  bar.hidden = !message;
  bar.replaceChildren();
  if (!message) return;
  bar.append(el('span', undefined, message));
  const close = el('button', 'wb-secondary', 'Dismiss');
  close.type = 'button';
  close.addEventListener('click', () => errorBar(null));
  bar.append(close);
}

/** Shows what one call made the add-on do, as the user would have seen it. */
export function showEvents(e: UiEvents | undefined, error?: string): void {
  if (error) errorBar(`Script error: ${error}`);
  if (!e) return;
  const sidebar = e.sidebars.at(-1);
  if (sidebar) showSidebar(sidebar.id, sidebar.title);
  for (const d of e.dialogs) dialogBox(d.id, d.title, d.width, d.height);
  for (const a of e.alerts) {
    const answered = a.buttons === 'OK' ? undefined : `The workbench answered ${a.response} for the add-on.`;
    alertBox(a.title, a.prompt, a.buttons, a.response, answered);
  }
  for (const p of e.prompts) alertBox(p.title, p.prompt, p.buttons, p.response, `The workbench answered ${p.response} with an empty reply.`);
  for (const t of e.toasts) toast(t.message, t.title, t.timeoutSeconds);
}
