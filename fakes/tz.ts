// Real time zones for the fakes: wall-clock <-> instant, Java-style Utilities.formatDate, Sheets date formats.
// "Local" values below are wall-clock times encoded as if they were UTC milliseconds (how Sheets keeps dates).

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86400000;

type Zone = { iana: string } | { fixedMinutes: number; label: string };
const zoneCache = new Map<string, Zone>();
const dtfCache = new Map<string, Intl.DateTimeFormat>();

/** Java falls back to GMT for an unknown zone id, and so does Utilities.formatDate. */
export function resolveZone(id: string): Zone {
  const hit = zoneCache.get(id);
  if (hit) return hit;
  let zone: Zone;
  const fixed = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (fixed) {
    const minutes = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] || 0));
    zone = { fixedMinutes: minutes, label: 'GMT' + formatOffset(minutes, ':') };
  } else if (id === 'GMT' || id === 'UTC') {
    zone = { fixedMinutes: 0, label: id };
  } else {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: id });
      zone = { iana: id };
    } catch {
      zone = { fixedMinutes: 0, label: 'GMT' };
    }
  }
  zoneCache.set(id, zone);
  return zone;
}

export function isValidZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}

function dtf(iana: string): Intl.DateTimeFormat {
  let f = dtfCache.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
    dtfCache.set(iana, f);
  }
  return f;
}

/** Offset of the zone from UTC at that instant, in minutes (New York in winter: -300). */
export function offsetMinutes(zoneId: string, instant: number): number {
  const zone = resolveZone(zoneId);
  if ('fixedMinutes' in zone) return zone.fixedMinutes;
  const parts: Record<string, string> = {};
  for (const p of dtf(zone.iana).formatToParts(new Date(instant))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const local = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const floored = Math.floor(instant / 1000) * 1000;
  return Math.round((local - floored) / 60000);
}

export function toLocal(instant: number, zoneId: string): number {
  return instant + offsetMinutes(zoneId, instant) * 60000;
}

/** The instant a wall-clock time happens in the zone (in a DST gap, the later side). */
export function toInstant(local: number, zoneId: string): number {
  const first = local - offsetMinutes(zoneId, local) * 60000;
  const second = local - offsetMinutes(zoneId, first) * 60000;
  return second;
}

export interface Fields { y: number; M: number; d: number; H: number; m: number; s: number; S: number; dow: number; doy: number }

export function fields(local: number): Fields {
  const t = new Date(local);
  const y = t.getUTCFullYear();
  return {
    y, M: t.getUTCMonth() + 1, d: t.getUTCDate(), H: t.getUTCHours(), m: t.getUTCMinutes(), s: t.getUTCSeconds(),
    S: t.getUTCMilliseconds(), dow: t.getUTCDay(), doy: Math.floor((local - Date.UTC(y, 0, 1)) / DAY_MS) + 1,
  };
}

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');

function formatOffset(minutes: number, sep: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return sign + pad(Math.floor(a / 60), 2) + sep + pad(a % 60, 2);
}

function zoneName(zoneId: string, instant: number, long: boolean): string {
  const zone = resolveZone(zoneId);
  if ('fixedMinutes' in zone) return zone.label;
  const name = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: zone.iana, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const us = name('en-US');
  if (long || !/^GMT[+-]/.test(us)) return us;
  return name('en-GB'); // Java says BST and CET where en-US only has GMT+1
}

/** Utilities.formatDate: a java.text.SimpleDateFormat pattern in a real zone. */
export function formatJava(instant: number, zoneId: string, pattern: string): string {
  const off = offsetMinutes(zoneId, instant);
  const f = fields(instant + off * 60000);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) { out += "'"; i += 2; continue; }
      if (end < 0) throw new Error(`Unterminated quote in pattern "${pattern}"`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) { out += ch; i++; continue; }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    out += javaField(ch, n, f, off, zoneId, instant);
  }
  return out;
}

function javaField(ch: string, n: number, f: Fields, off: number, zoneId: string, instant: number): string {
  const h12 = f.H % 12 === 0 ? 12 : f.H % 12;
  switch (ch) {
    case 'G': return f.y > 0 ? 'AD' : 'BC';
    case 'y': case 'Y':
      return n === 2 ? pad(f.y % 100, 2) : pad(f.y, n);
    case 'M': case 'L':
      return n >= 4 ? MONTHS[f.M - 1] : n === 3 ? MONTHS[f.M - 1].slice(0, 3) : pad(f.M, n);
    case 'd': return pad(f.d, n);
    case 'D': return pad(f.doy, n);
    case 'E': return n >= 4 ? DAYS[f.dow] : DAYS[f.dow].slice(0, 3);
    case 'u': return pad(f.dow === 0 ? 7 : f.dow, n);
    case 'a': return f.H < 12 ? 'AM' : 'PM';
    case 'H': return pad(f.H, n);
    case 'k': return pad(f.H === 0 ? 24 : f.H, n);
    case 'K': return pad(f.H % 12, n);
    case 'h': return pad(h12, n);
    case 'm': return pad(f.m, n);
    case 's': return pad(f.s, n);
    case 'S': return pad(f.S, n);
    case 'z': return zoneName(zoneId, instant, n >= 4);
    case 'Z': return formatOffset(off, '');
    case 'X':
      if (off === 0) return 'Z';
      return n === 1 ? formatOffset(off, '').slice(0, 3) : formatOffset(off, n >= 3 ? ':' : '');
    default:
      throw new Error(`Illegal pattern character '${ch}'`);
  }
}

/** A Sheets number format that shows a date or time (yyyy-mm-dd, M/d/yyyy, h:mm am/pm...). */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[yYdDhHsS]|[mM]|am\/pm|a\/p/i.test(bare) && !/[0#]/.test(bare.replace(/\.0+/, '')) && bare !== 'General';
}

/** Display a wall-clock value with a Sheets date format. */
export function formatSheets(local: number, fmt: string): string {
  const f = fields(local);
  type Tok = { kind: string; n: number } | { lit: string };
  const toks: Tok[] = [];
  let twelve = false;
  for (let i = 0; i < fmt.length; ) {
    const rest = fmt.slice(i);
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) { toks.push({ kind: 'ampm', n: ampm[1].length }); twelve = true; i += ampm[1].length; continue; }
    const ch = fmt[i];
    if (ch === '"') { const end = fmt.indexOf('"', i + 1); toks.push({ lit: fmt.slice(i + 1, end < 0 ? undefined : end) }); i = end < 0 ? fmt.length : end + 1; continue; }
    if (ch === '\\') { toks.push({ lit: fmt[i + 1] ?? '' }); i += 2; continue; }
    const lower = ch.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let n = 1;
      while (fmt[i + n] && fmt[i + n].toLowerCase() === lower) n++;
      toks.push({ kind: lower, n });
      i += n;
      continue;
    }
    toks.push({ lit: ch });
    i++;
  }
  const kinds = toks.map((t) => ('kind' in t ? t.kind : ''));
  const nearest = (from: number, step: number) => {
    for (let j = from + step; j >= 0 && j < kinds.length; j += step) if (kinds[j] && kinds[j] !== 'ampm') return kinds[j];
    return '';
  };
  return toks.map((t, idx) => {
    if ('lit' in t) return t.lit;
    const { kind, n } = t;
    switch (kind) {
      case 'y': return n <= 2 ? pad(f.y % 100, 2) : pad(f.y, 4);
      case 'd': return n === 1 ? String(f.d) : n === 2 ? pad(f.d, 2) : n === 3 ? DAYS[f.dow].slice(0, 3) : DAYS[f.dow];
      case 'h': { const h = twelve ? (f.H % 12 === 0 ? 12 : f.H % 12) : f.H; return n === 1 ? String(h) : pad(h, 2); }
      case 's': return n === 1 ? String(f.s) : pad(f.s, 2);
      case 'ampm': return n === 3 ? (f.H < 12 ? 'a' : 'p') : f.H < 12 ? 'AM' : 'PM';
      case 'm': {
        const minute = n <= 2 && (nearest(idx, -1) === 'h' || nearest(idx, 1) === 's');
        if (minute) return n === 1 ? String(f.m) : pad(f.m, 2);
        return n === 1 ? String(f.M) : n === 2 ? pad(f.M, 2) : n === 3 ? MONTHS[f.M - 1].slice(0, 3) : n === 5 ? MONTHS[f.M - 1][0] : MONTHS[f.M - 1];
      }
      default: return '';
    }
  }).join('');
}

/**
 * The one Date class shared by the bundle and the fakes. With a clock, `new Date()` and `Date.now()`
 * read it; instances still pass `instanceof Date` of the realm the class came from.
 */
export function makeDateClass(Base: DateConstructor, now?: () => number): DateConstructor {
  if (!now) return Base;
  const clock = now;
  function FakeDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new Base(clock()).toString();
    return Reflect.construct(Base, args.length === 0 ? [clock()] : args, new.target);
  }
  FakeDate.prototype = Object.create(Base.prototype, { constructor: { value: FakeDate, writable: true, configurable: true } });
  Object.setPrototypeOf(FakeDate, Base);
  Object.defineProperty(FakeDate, 'now', { value: () => clock(), writable: true, configurable: true });
  Object.defineProperty(FakeDate, 'name', { value: 'Date' });
  return FakeDate as unknown as DateConstructor;
}

export const SHEETS_EPOCH = Date.UTC(1899, 11, 30);
export { DAY_MS, MONTHS };
