// Data: the two items of Sheets' Data menu the add-on must survive, Sort sheet A→Z and Z→A by the
// active cell's column (whole rows move). Sheets' other Data items (filters among them) are left
// out rather than shown dead.
import { el } from './dom';
import { letters } from './grid-view';

export function renderDataMenu(host: HTMLElement, activeCol: () => number, sort: (ascending: boolean) => void): void {
  host.replaceChildren();
  const top = el('button', 'wb-menu-button', 'Data');
  top.type = 'button';
  top.setAttribute('aria-haspopup', 'menu');
  top.setAttribute('aria-expanded', 'false');
  const panel = el('div', 'wb-menu-panel');
  panel.hidden = true;
  panel.setAttribute('role', 'menu');
  panel.setAttribute('aria-label', 'Data');
  const items = ([true, false] as const).map((ascending) => {
    const b = el('button', 'wb-menu-item', '');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.addEventListener('click', () => { close(); top.focus(); sort(ascending); });
    return b;
  });
  const close = () => { panel.hidden = true; top.setAttribute('aria-expanded', 'false'); };
  top.addEventListener('click', () => {
    const col = letters(activeCol());
    items[0].textContent = `Sort sheet by column ${col}, A → Z`;
    items[1].textContent = `Sort sheet by column ${col}, Z → A`;
    panel.hidden = !panel.hidden;
    top.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) items[0].focus();
  });
  document.addEventListener('mousedown', (e) => { if (!host.contains(e.target as Node)) close(); });
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { close(); top.focus(); }
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !panel.hidden) {
      const at = items.indexOf(document.activeElement as HTMLButtonElement);
      items[(at + 1) % 2].focus();
      e.preventDefault();
    }
  });
  panel.append(...items);
  host.append(top, panel);
}
