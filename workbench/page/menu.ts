// Extensions > Info Interviews: the add-on menu exactly as onOpen built it; a click runs the item's
// function on the server, as a menu click runs it in Sheets.
import type { MenuItemView, StateView } from '../view';
import { el } from './dom';


export function renderMenu(host: HTMLElement, menu: StateView['menu'], run: (functionName: string) => void): void {
  host.replaceChildren();
  const top = el('button', 'wb-menu-button', 'Extensions');
  top.type = 'button';
  top.setAttribute('aria-haspopup', 'menu');
  top.setAttribute('aria-expanded', 'false');
  const panel = el('div', 'wb-menu-panel');
  panel.hidden = true;
  panel.setAttribute('role', 'menu');
  panel.setAttribute('aria-label', 'Extensions');
  const close = () => { panel.hidden = true; top.setAttribute('aria-expanded', 'false'); };
  top.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    top.setAttribute('aria-expanded', String(!panel.hidden));
    panel.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  });
  document.addEventListener('mousedown', (e) => { if (!host.contains(e.target as Node)) close(); });
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { close(); top.focus(); }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const items = [...panel.querySelectorAll<HTMLElement>('[role=menuitem]')].filter((i) => i.offsetParent !== null);
      const at = items.indexOf(document.activeElement as HTMLElement);
      items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
      e.preventDefault();
    }
  });
  if (!menu) {
    panel.append(el('div', 'wb-menu-empty', 'The add-on added no menu (onOpen built none).'));
  } else {
    panel.append(submenu(menu.name, menu.items, (fn) => { close(); run(fn); }));
  }
  host.append(top, panel);
}

function submenu(caption: string, items: MenuItemView[], run: (fn: string) => void): HTMLElement {
  const wrap = el('div', 'wb-submenu');
  const opener = el('button', 'wb-menu-item wb-has-sub', caption);
  opener.type = 'button';
  opener.setAttribute('role', 'menuitem');
  opener.setAttribute('aria-haspopup', 'menu');
  const list = el('div', 'wb-menu-panel wb-sub-panel');
  list.setAttribute('role', 'menu');
  list.setAttribute('aria-label', caption);
  list.hidden = true;
  const open = (show: boolean) => { list.hidden = !show; opener.setAttribute('aria-expanded', String(show)); };
  opener.addEventListener('click', () => { open(true); list.querySelector<HTMLElement>('[role=menuitem]')?.focus(); });
  opener.addEventListener('keydown', (e) => { if (e.key === 'ArrowRight') { open(true); list.querySelector<HTMLElement>('[role=menuitem]')?.focus(); } });
  wrap.addEventListener('mouseenter', () => open(true));
  wrap.addEventListener('mouseleave', () => open(false));
  for (const item of items) {
    if (item.separator) { list.append(el('hr', 'wb-menu-sep')); continue; }
    if (item.items) { list.append(submenu(item.caption ?? '', item.items, run)); continue; }
    const b = el('button', 'wb-menu-item', item.caption ?? '');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.title = `Runs ${item.functionName}()`;
    b.addEventListener('click', () => run(item.functionName!));
    list.append(b);
  }
  wrap.append(opener, list);
  return wrap;
}
