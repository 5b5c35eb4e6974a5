// SpreadsheetApp.getUi() and HtmlService: menus, alerts, prompts, sidebars and dialogs, all recorded
// in the runtime's UI log instead of being shown.

import * as fs from 'fs';
import * as path from 'path';
import { GasError, GasObject, MenuItemRecord, MenuRecord, Runtime } from './runtime';
import { EnumValue, enumName, makeEnum, signatureMessage } from './helpers';

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);

const U = 'Ui.';

export class FakeMenu extends GasObject {
  private readonly items: MenuItemRecord[] = [];
  constructor(rt: Runtime, private readonly name: string, private readonly addon: boolean) {
    super(rt, 'Menu');
  }
  _record(): MenuRecord { return { name: this.name, addon: this.addon, items: this.items.map((i) => ({ ...i })) }; }
  addItem(caption: string, functionName: string): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') throw new GasError(signatureMessage('Menu.addItem', [caption, functionName]));
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this { this.items.push({ separator: true }); return this; }
  addSubMenu(menu: FakeMenu): this {
    if (!(menu instanceof FakeMenu)) throw new GasError(signatureMessage('Menu.addSubMenu', [menu]));
    this.items.push({ subMenu: menu._record() });
    return this;
  }
  /** Replaces an earlier menu of the same name, as re-running onOpen does. */
  addToUi(): void {
    const menus = this.rt.ui.menus;
    const rec = this._record();
    const at = menus.findIndex((m) => m.name === rec.name && m.addon === rec.addon);
    if (at >= 0) menus[at] = rec;
    else menus.push(rec);
  }
}

export class HtmlOutput extends GasObject {
  _title = '';
  _width = 300;
  _height = 500;
  constructor(rt: Runtime, public _content: string) {
    super(rt, 'HtmlOutput');
  }
  getContent(): string { return this._content; }
  setContent(content: string): this { this._content = String(content); return this; }
  append(addedContent: string): this { this._content += String(addedContent); return this; }
  appendUntrusted(addedContent: string): this { this._content += escapeHtml(String(addedContent)); return this; }
  clear(): this { this._content = ''; return this; }
  getTitle(): string { return this._title; }
  setTitle(title: string): this { this._title = String(title); return this; }
  getWidth(): number { return this._width; }
  setWidth(width: number): this { this._width = width; return this; }
  getHeight(): number { return this._height; }
  setHeight(height: number): this { this._height = height; return this; }
  setSandboxMode(mode: EnumValue): this {
    if (!enumName(mode)) throw new GasError(signatureMessage('HtmlOutput.setSandboxMode', [mode]));
    return this;
  }
  setXFrameOptionsMode(mode: EnumValue): this {
    if (!enumName(mode)) throw new GasError(signatureMessage('HtmlOutput.setXFrameOptionsMode', [mode]));
    return this;
  }
  addMetaTag(name: string, content: string): this { void name; void content; return this; }
  setFaviconUrl(url: string): this { void url; return this; }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A template is a plain object (the bundle assigns variables to it); scriptlets run against them. */
function makeTemplate(rt: Runtime, source: string): Record<string, unknown> {
  const template: Record<string, unknown> = {};
  const code = () => {
    let js = 'var __out = "";\n';
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(source))) {
      js += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
      if (m[1] === '=') js += `__out += __esc(${m[2]});\n`;
      else if (m[1] === '!=') js += `__out += String(${m[2]});\n`;
      else js += m[2] + '\n';
      last = re.lastIndex;
    }
    return js + `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  };
  Object.defineProperties(template, {
    getRawContent: { value: () => source },
    getCode: { value: code },
    evaluate: {
      value: () => {
        const vars = Object.fromEntries(Object.entries(template));
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const fn = new Function('__scope', '__vars', '__esc', `with (__scope) { with (__vars) { ${code()} } }`);
        const html = fn(rt.context ?? {}, vars, (v: unknown) => escapeHtml(String(v)));
        return rt.expose(new HtmlOutput(rt, html));
      },
    },
  });
  return template;
}

export class HtmlServiceFake extends GasObject {
  constructor(rt: Runtime) {
    super(rt, 'HtmlService');
  }
  override _props(): Record<string, unknown> { return { SandboxMode, XFrameOptionsMode }; }
  _file(name: string, method: string): string {
    if (typeof name !== 'string') throw new GasError(signatureMessage(`HtmlService.${method}`, [name]));
    const file = path.join(this.rt.options.distDir, `${name}.html`);
    if (!fs.existsSync(file)) throw new GasError(`No HTML file named ${name} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
  createHtmlOutput(html?: string): HtmlOutput { return new HtmlOutput(this.rt, html === undefined ? '' : String(html)); }
  createHtmlOutputFromFile(filename: string): HtmlOutput { return new HtmlOutput(this.rt, this._file(filename, 'createHtmlOutputFromFile')); }
  createTemplate(html: string): Record<string, unknown> { return makeTemplate(this.rt, String(html)); }
  createTemplateFromFile(filename: string): Record<string, unknown> { return makeTemplate(this.rt, this._file(filename, 'createTemplateFromFile')); }
}

export class FakeUi extends GasObject {
  constructor(rt: Runtime) {
    super(rt, 'Ui');
  }
  override _props(): Record<string, unknown> { return { Button, ButtonSet }; }
  createAddonMenu(): FakeMenu { return new FakeMenu(this.rt, 'addon', true); }
  createMenu(caption: string): FakeMenu {
    if (typeof caption !== 'string') throw new GasError(signatureMessage(U + 'createMenu', [caption]));
    return new FakeMenu(this.rt, caption, false);
  }
  private _output(method: string, ui: unknown): HtmlOutput {
    if (!(ui instanceof HtmlOutput)) throw new GasError(signatureMessage(U + method, [ui]));
    return ui;
  }
  showSidebar(userInterface: HtmlOutput): void {
    const o = this._output('showSidebar', userInterface);
    this.rt.ui.sidebars.push({ title: o._title, html: o._content, width: o._width });
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    const o = this._output('showModalDialog', userInterface);
    this.rt.ui.dialogs.push({ title: String(title), html: o._content, width: o._width, height: o._height, modal: true });
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    const o = this._output('showModelessDialog', userInterface);
    this.rt.ui.dialogs.push({ title: String(title), html: o._content, width: o._width, height: o._height, modal: false });
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons) -> the Button pressed. */
  alert(a: unknown, b?: unknown, c?: unknown): EnumValue {
    const [title, prompt, buttons] = this._dialogArgs('alert', [a, b, c].slice(0, arguments.length));
    const response = this._answer(buttons);
    this.rt.ui.alerts.push({ title, prompt, buttons, response: response.button });
    return (Button as Record<string, EnumValue>)[response.button];
  }
  prompt(a: unknown, b?: unknown, c?: unknown): GasObject {
    const args = [a, b, c].slice(0, arguments.length);
    const [title, prompt, buttons] = this._dialogArgs('prompt', args.length === 1 ? args : args, 'OK_CANCEL');
    const response = this._answer(buttons);
    this.rt.ui.prompts.push({ title, prompt, buttons, response });
    return new PromptResponse(this.rt, response.text ?? '', response.button);
  }
  private _dialogArgs(method: string, args: unknown[], defaultButtons = 'OK'): [string, string, string] {
    const strs = args.filter((x) => typeof x === 'string') as string[];
    const set = args.find((x) => enumName(x) !== undefined);
    if (strs.length === 0 || strs.length > 2 || strs.length + (set ? 1 : 0) !== args.length) throw new GasError(signatureMessage(U + method, args));
    return strs.length === 2 ? [strs[0], strs[1], enumName(set) ?? defaultButtons] : ['', strs[0], enumName(set) ?? defaultButtons];
  }
  private _answer(buttons: string): { button: string; text?: string } {
    const next = this.rt.ui.responses.shift();
    return next ?? { button: buttons.startsWith('YES') ? 'YES' : 'OK', text: '' };
  }
}

class PromptResponse extends GasObject {
  constructor(rt: Runtime, private readonly text: string, private readonly button: string) {
    super(rt, 'PromptResponse');
  }
  getResponseText(): string { return this.text; }
  getSelectedButton(): EnumValue { return (Button as Record<string, EnumValue>)[this.button]; }
}
