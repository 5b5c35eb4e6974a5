// The Outbox panel: each email the daily check produced, its plain text and its
// HTML as Gmail would render it (in a sandboxed frame: no scripts, no links out).
import type { OutboxMailView } from '../view';

export function renderOutbox(summary: HTMLElement, list: HTMLElement, mails: OutboxMailView[]): void {
  summary.textContent = `Outbox (${mails.length})`;
  if (mails.length === 0) {
    const p = document.createElement('p');
    p.className = 'wb-outbox-empty';
    p.textContent = 'No email sent yet. Turn on "Email me what is due" in the add-on\'s Settings, then run the daily follow-up check.';
    list.replaceChildren(p);
    return;
  }
  list.replaceChildren(...mails.map((m) => {
    const item = document.createElement('article');
    item.className = 'wb-outbox-mail';
    const head = document.createElement('header');
    const subject = document.createElement('strong');
    subject.textContent = m.subject;
    const meta = document.createElement('span');
    meta.textContent = ` to ${m.to}, ${m.sentAt}`;
    head.append(subject, meta);
    const text = document.createElement('pre');
    text.className = 'wb-outbox-text';
    text.textContent = m.body;
    item.append(head, text);
    if (m.htmlBody) {
      const frame = document.createElement('iframe');
      frame.className = 'wb-outbox-html';
      frame.title = `HTML of "${m.subject}"`;
      frame.setAttribute('sandbox', '');
      frame.srcdoc = m.htmlBody;
      item.append(frame);
    }
    return item;
  }));
}
