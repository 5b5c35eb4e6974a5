// Keyboard reach of the sidebar, which sits after the grid's hundreds of cells and drop-downs in
// tab order: a skip link first on the page, focus moved into the sidebar when the add-on opens it,
// and Escape inside it back to the grid, where the student was.
const frame = document.getElementById('sidebar-frame') as HTMLIFrameElement;
const sidebar = document.getElementById('sidebar') as HTMLElement;
const skip = document.getElementById('skip-sidebar') as HTMLAnchorElement;
const grid = document.getElementById('grid') as HTMLElement;

function intoSidebar(): void {
  const doc = frame.contentDocument;
  const first = doc?.querySelector<HTMLElement>('h1, button, input, select, textarea, a[href]');
  frame.focus();
  if (first && first.tagName === 'H1') {
    first.tabIndex = -1;
    first.focus();
  } else first?.focus();
}

// The skip link is offered only while there is a sidebar to skip to.
new MutationObserver(() => { skip.hidden = sidebar.hidden; }).observe(sidebar, { attributes: true, attributeFilter: ['hidden'] });
skip.hidden = sidebar.hidden;
skip.addEventListener('click', (e) => { e.preventDefault(); intoSidebar(); });

frame.addEventListener('load', () => {
  const doc = frame.contentDocument;
  if (!doc || !frame.getAttribute('src')) return;
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    grid.focus();
  });
  // The sidebar draws its page after loading: wait for its first heading, briefly.
  let tries = 0;
  const settle = () => {
    if (doc.querySelector('h1') || ++tries > 40) intoSidebar();
    else setTimeout(settle, 25);
  };
  settle();
});
