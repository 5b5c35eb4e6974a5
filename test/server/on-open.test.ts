import { openDocument } from '../../fakes';
import { addon } from './support';

const CAPTIONS = ['Set up tracker', 'Open sidebar', 'Check outreach fields'];

describe('onOpen', () => {
  it.each(['NONE', 'LIMITED', 'FULL'] as const)('builds the add-on menu in AuthMode.%s without touching the document', (mode) => {
    const { h, gas } = addon();
    openDocument(h, gas, mode);
    expect(h.ui.menus).toHaveLength(1);
    const menu = h.ui.menus[0];
    expect(menu.addon).toBe(true);
    const captions = menu.items.filter((i) => i.caption).map((i) => i.caption);
    for (const c of CAPTIONS) expect(captions).toContain(c);
    expect(h.calls.count('Range.')).toBe(0);
  });

  it('is what onInstall runs, in the install’s FULL mode', () => {
    const { h, main } = addon();
    main.onInstall(h.event());
    expect(h.ui.menus[0].items.map((i) => i.caption)).toEqual(expect.arrayContaining(CAPTIONS));
  });
});
