// The state one fake Apps Script shares across services, and the proxy that makes every service
// object strict: only public methods are visible, each call is auth-checked and counted, errors are
// thrown in the bundle's realm.

import { makeDateClass } from './tz';
import { defaultAssumptions, type RealSheetsAssumptions } from './real-sheets';
import { timedCall } from './timing';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** Thrown by fake internals; the proxy rethrows it as an `Exception` of the bundle's realm. */
export class GasError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Base of every service object the bundle can see. `gasType` names it in counts and errors. */
export abstract class GasObject {
  constructor(readonly rt: Runtime, readonly gasType: string) {}
  /** Public non-method members (enums) the bundle may read. */
  _props(): Record<string, unknown> | undefined {
    return undefined;
  }
}

/** Calls on these types make up `calls.total`; `calls.io` leaves out builders and rules. */
const SPREADSHEET_TYPES = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'DataValidationBuilder', 'DataValidation',
  'ConditionalFormatRuleBuilder', 'ConditionalFormatRule', 'BooleanCondition']);
const IO_TYPES = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range']);

const SCOPE = 'https://www.googleapis.com/auth/';
const SCOPES: Record<string, string> = {
  Ui: 'script.container.ui', Menu: 'script.container.ui', HtmlService: 'script.container.ui', HtmlOutput: 'script.container.ui',
  ScriptApp: 'script.scriptapp', TriggerBuilder: 'script.scriptapp', ClockTriggerBuilder: 'script.scriptapp',
  SpreadsheetTriggerBuilder: 'script.scriptapp', Trigger: 'script.scriptapp', Session: 'userinfo.email', User: 'userinfo.email',
  PropertiesService: '', Properties: '', LockService: '', Lock: '', AuthorizationInfo: 'script.scriptapp',
};
const ALWAYS = new Set(['Logger', 'console', 'Utilities', 'Blob', 'Menu']);
const NONE_OK = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu']);
const LIMITED_BLOCKED = new Set(['Ui.showSidebar', 'Ui.showModalDialog', 'Ui.showModelessDialog', 'Ui.alert', 'Ui.prompt',
  'PropertiesService.getUserProperties']);
const LIMITED_BLOCKED_TYPES = new Set(['ScriptApp', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'Trigger']);
const SCRIPTAPP_FREE = new Set(['ScriptApp.getScriptId']);

export class Calls {
  byMethod: Record<string, number> = {};
  total = 0;
  io = 0;
  record(name: string): void {
    this.byMethod[name] = (this.byMethod[name] ?? 0) + 1;
    const type = name.slice(0, name.indexOf('.'));
    if (SPREADSHEET_TYPES.has(type)) this.total++;
    if (IO_TYPES.has(type)) this.io++;
  }
  /** Calls whose name starts with the prefix ('Range.', 'Range.getValues'). */
  count(prefix: string): number {
    return Object.keys(this.byMethod).filter((k) => k.startsWith(prefix)).reduce((n, k) => n + this.byMethod[k], 0);
  }
  reset(): void {
    this.byMethod = {};
    this.total = 0;
    this.io = 0;
  }
}

export interface MenuItemRecord { caption?: string; functionName?: string; separator?: true; subMenu?: MenuRecord }
export interface MenuRecord { name: string; addon: boolean; items: MenuItemRecord[] }
export interface UiResponse { button: string; text?: string }

/** Everything the user would have seen, for tests and the workbench to inspect. */
export interface UiLog {
  menus: MenuRecord[];
  sidebars: { title: string; html: string; width: number }[];
  dialogs: { title: string; html: string; width: number; height: number; modal: boolean }[];
  alerts: { title: string; prompt: string; buttons: string; response: string }[];
  prompts: { title: string; prompt: string; buttons: string; response: UiResponse }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  /** Answers for the next alert/prompt calls, in order; when empty, the first button (OK/YES) with ''. */
  responses: UiResponse[];
}

/** An installable trigger as the fake keeps it; `schedule` holds what the clock builder was told. */
export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  user: string;
  schedule?: Record<string, unknown>;
}

export interface LogEntry { level: 'log' | 'info' | 'warn' | 'error' | 'Logger'; message: string }

export interface RuntimeOptions {
  timeZone: string;
  scriptTimeZone: string;
  user: string;
  authMode: AuthModeName;
  distDir: string;
  Date: DateConstructor;
  now?: () => number;
}

export class Runtime {
  authMode: AuthModeName;
  user: string;
  readonly Date: DateConstructor;
  readonly calls = new Calls();
  readonly ui: UiLog = { menus: [], sidebars: [], dialogs: [], alerts: [], prompts: [], toasts: [], responses: [] };
  readonly logs: LogEntry[] = [];
  /** The current execution, for locks: a lock held by another execution blocks this one. */
  execution = 1;
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  /** Lock scope ('document', 'script', 'user:<email>') -> the execution holding it. */
  readonly locks = new Map<string, number>();
  readonly triggers: TriggerRecord[] = [];
  /** Deterministic ids (UUIDs, trigger ids), so two runs of a test see the same values. */
  idCounter = 0;
  /** The bundle realm's Error, once a bundle is loaded: services throw those so `instanceof Error` holds there. */
  ErrorCtor: ErrorConstructor = Error;
  /** The loaded bundle's global object, for templates that call bundle functions. */
  context: Record<string, unknown> | undefined;
  /** Where the reference is silent, which answer real Sheets gives (see real-sheets.ts). */
  readonly assume: RealSheetsAssumptions = defaultAssumptions();

  constructor(readonly options: RuntimeOptions) {
    this.authMode = options.authMode;
    this.user = options.user;
    this.Date = makeDateClass(options.Date, options.now);
  }

  userStore(email = this.user): Map<string, string> {
    let store = this.userProperties.get(email);
    if (!store) this.userProperties.set(email, (store = new Map()));
    return store;
  }

  nowMs(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  realmError(message: string): Error {
    const e = new this.ErrorCtor(message);
    e.name = 'Exception';
    return e;
  }

  /** Throws the permission error Apps Script gives when the current AuthMode does not allow the call. */
  guard(name: string): void {
    const type = name.slice(0, name.indexOf('.'));
    if (ALWAYS.has(type) || this.authMode === 'FULL' || SCRIPTAPP_FREE.has(name)) return;
    if (this.authMode === 'NONE' && NONE_OK.has(name)) return;
    if (this.authMode === 'LIMITED' && !LIMITED_BLOCKED.has(name) && !LIMITED_BLOCKED_TYPES.has(type)) return;
    const scope = SCOPES[type] ?? 'spreadsheets.currentonly';
    throw new GasError(`You do not have permission to call ${name}.` + (scope ? ` Required permissions: ${SCOPE}${scope}` : ''));
  }

  /** The bundle-facing view of a fake; a new proxy each time, as Apps Script returns new wrappers. */
  expose<T>(value: T): T {
    if (value instanceof GasObject) return this.proxyOf(value) as unknown as T;
    if (Array.isArray(value) && value.some((v) => v instanceof GasObject || Array.isArray(v))) {
      return value.map((v) => this.expose(v)) as unknown as T;
    }
    return value;
  }

  /** The fake behind a proxy (arguments coming from the bundle). */
  unwrap<T>(value: T): T {
    if (value && typeof value === 'object') {
      const target = PROXIES.get(value as unknown as object);
      if (target) return target as T;
      if (Array.isArray(value) && value.some((v) => v && typeof v === 'object')) return value.map((v) => this.unwrap(v)) as unknown as T;
    }
    return value;
  }

  private proxyOf(target: GasObject): object {
    const rt = this;
    const proxy = new Proxy(target, {
      get(t, key) {
        if (typeof key !== 'string' || key.startsWith('_') || key === 'constructor') return undefined;
        if (key === 'toString') return () => t.gasType;
        if (isPublicMethod(t, key)) {
          const fn = (t as unknown as Record<string, (...a: unknown[]) => unknown>)[key];
          return function gasMethod(...args: unknown[]) {
            const name = `${t.gasType}.${key}`;
            try {
              rt.guard(name);
              rt.calls.record(name);
              return timedCall(rt.calls, () => rt.expose(fn.apply(t, args.map((a) => rt.unwrap(a)))));
            } catch (e) {
              if (e instanceof GasError) throw rt.realmError(e.message);
              throw e;
            }
          };
        }
        const props = t._props();
        return props && Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
      },
      set() {
        return true; // Apps Script objects ignore property writes
      },
      has(t, key) {
        return typeof key === 'string' && (isPublicMethod(t, key) || !!t._props()?.hasOwnProperty(key));
      },
    });
    PROXIES.set(proxy, target);
    return proxy;
  }
}

const PROXIES = new WeakMap<object, object>();

/** The fake behind a bundle-facing proxy (or the value itself), for Node-side inspection. */
export function rawOf<T>(value: T): T {
  return (value && typeof value === 'object' ? (PROXIES.get(value as unknown as object) as T | undefined) : undefined) ?? value;
}

const publicCache = new Map<object, Set<string>>();

function isPublicMethod(target: GasObject, key: string): boolean {
  const proto = Object.getPrototypeOf(target);
  let names = publicCache.get(proto);
  if (!names) {
    names = new Set();
    for (let p = proto; p && p !== GasObject.prototype && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const n of Object.getOwnPropertyNames(p)) {
        if (n !== 'constructor' && !n.startsWith('_') && typeof Object.getOwnPropertyDescriptor(p, n)?.value === 'function') names.add(n);
      }
    }
    publicCache.set(proto, names);
  }
  return names.has(key);
}
