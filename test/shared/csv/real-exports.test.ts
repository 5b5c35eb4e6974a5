// Real exports as students have them (test/fixtures/csv): re-saved by Excel,
// old LinkedIn layouts, Outlook's CSV, unusual names. Every person with a name
// is kept, exactly as written; an unusable field is left out and said so.
import { readFileSync } from 'fs';
import { join } from 'path';
import { decodeBytes, looksGarbled, parseContactsFile } from '../../../src/shared/csv';
import { normalizeLinkedIn } from '../../../src/shared/contacts';
import { chosenRows, describeLeftOut, planImport, toContact, type ImportRow } from '../../../src/shared/import';

function bytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'csv', name)));
}

function parsed(name: string) {
  const result = parseContactsFile(bytes(name));
  if (!result.ok) throw new Error(`expected ${name} to parse, got: ${result.message}`);
  return result;
}

function byName(rows: ImportRow[], name: string): ImportRow {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no row named ${name} in ${rows.map((r) => r.name).join(', ')}`);
  return row;
}

describe('LinkedIn profile addresses with percent-encoded characters', () => {
  const result = parsed('linkedin-encoded-urls.csv');

  it('keeps every person and their profile: curly apostrophe, emoji, accent, right-to-left mark, tilde', () => {
    expect(result.rows.map((r) => r.name)).toEqual(['Seán O’Neill', 'Rocket Person', 'Renée Dubois', 'Dana Levi', 'Old Timer']);
    expect(result.skipped).toEqual([]);
    const plan = planImport(result.rows, result.format, []);
    expect(plan.counts.new).toBe(5);
    const { add } = chosenRows(plan, result.format, []);
    // Sent as in the file; the server stores the canonical form, decoded.
    expect(add.map((a) => normalizeLinkedIn(a.contact.linkedin!))).toEqual([
      'https://www.linkedin.com/in/sean-o’neill-12ab34',
      'https://www.linkedin.com/in/rocket-🚀-dev',
      'https://www.linkedin.com/in/renée-dubois',
      'https://www.linkedin.com/in/\u200fdana-levi',
      'https://www.linkedin.com/in/~oldtimer',
    ]);
    expect(plan.items.every((i) => !i.without)).toBe(true);
  });
});

describe('an older LinkedIn export: no preamble, no URL column, urn:li:member in Email', () => {
  const result = parsed('linkedin-old-urn.csv');

  it('imports the person without the placeholder email and says so', () => {
    expect(result.rows.map((r) => r.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
    const plan = planImport(result.rows, result.format, []);
    expect(plan.counts.new).toBe(2);
    const ana = plan.items[0];
    expect(describeLeftOut(ana.without!)).toBe('email (not an address)');
    const { add } = chosenRows(plan, result.format, []);
    expect(add[0].contact).toEqual({ name: 'Ana Ruiz', company: 'Acme', title: 'Engineer', notes: 'Connected on LinkedIn 2018-01-08' });
    expect(add[1].contact.email).toBe('ben@globex.com');
  });

  it('reads "1/8/18, 6:14 PM" as a date (US month first)', () => {
    expect(byName(result.rows, 'Ben Okafor').connectedOn).toBe('2017-12-24');
  });
});

describe('Google Contacts phones and emails with several values', () => {
  const result = parsed('google-phones.csv');

  it('takes the first usable value, passing over carrier service numbers and non-addresses', () => {
    expect(byName(result.rows, 'Ana Ruiz')).toMatchObject({ phone: '+1 555 010 0199', email: 'ana@acme.com' });
    expect(byName(result.rows, 'Ben Okafor').phone).toBe('+44 20 7946 0018');
  });

  it('imports a contact whose only phone is a service code, without the phone', () => {
    const plan = planImport(result.rows, result.format, []);
    const carrier = plan.items.find((i) => i.row.name === 'Carrier Only')!;
    expect(carrier.action).toBe('new');
    expect(describeLeftOut(carrier.without!)).toBe('phone (not a phone number)');
  });
});

describe('Outlook CSV: Google Contacts’ Outlook export and Outlook’s own', () => {
  it('reads Google’s Outlook CSV, rows with a trailing comma included', () => {
    const result = parsed('outlook-from-google.csv');
    expect(result.format).toBe('outlook');
    expect(result.skipped).toEqual([]);
    expect(byName(result.rows, 'Ana María Ruiz')).toMatchObject({
      title: 'Head of Data',
      company: 'Acme',
      email: 'ana@acme.com',
      phone: '+1 555 010 0199',
      linkedin: 'https://www.linkedin.com/in/ana-ruiz',
      notes: 'Met at the fair',
    });
    expect(byName(result.rows, 'Ben Okafor Jr.')).toMatchObject({ company: 'Globex', phone: '+44 20 7946 0018', title: 'Analyst' });
  });

  it('reads Outlook’s own export, Title (Ms.) first and the company in Company', () => {
    const result = parsed('outlook.csv');
    expect(result.format).toBe('outlook');
    expect(result.rows.map((r) => [r.name, r.title, r.company, r.email])).toEqual([
      ['Chen Li', 'VP Product', 'Initech', 'chen@initech.com'],
      ['Dana Ng', 'Engineer', 'Umbrella', ''],
    ]);
    expect(toContact(result.rows[0], 'outlook')).toMatchObject({ howFound: 'Other', status: 'To contact' });
  });
});

describe('files re-saved by Excel', () => {
  it('decodes Windows-1252 bytes, finds the semicolon delimiter and the padded preamble, and reads day-first dates', () => {
    const raw = bytes('linkedin-excel-1252-semicolon.csv');
    expect(decodeBytes(raw).encoding).toBe('windows-1252');
    const result = parsed('linkedin-excel-1252-semicolon.csv');
    expect(result.format).toBe('linkedin');
    expect(result.rows.map((r) => [r.name, r.company, r.title, r.connectedOn])).toEqual([
      ['Søren Sørensen', 'Mærsk', 'Ingeniør', '2021-09-16'],
      ['François Lefèvre', 'Société Générale', 'Analyste – Marchés', '2021-11-23'],
    ]);
    expect(result.garbled).toEqual([]);
  });

  it('finds the header after a comma-padded preamble ("Notes:,,") and reads a row with a trailing comma', () => {
    const text = 'Notes:,,\r\n"When exporting your connection data, some email addresses are missing.",,\r\n,,\r\n' +
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAna,Ruiz,,,Acme,Engineer,16.09.2021,\r\n';
    const result = parseContactsFile(new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.message);
    expect(result.rows.map((r) => [r.name, r.company, r.connectedOn])).toEqual([['Ana Ruiz', 'Acme', '2021-09-16']]);
    expect(result.skipped).toEqual([]);
  });

  it('reads UTF-8 after a byte-order mark with a Windows-1252 line mixed in', () => {
    const result = parsed('linkedin-mixed-encoding.csv');
    expect(result.encoding).toBe('utf-8 and windows-1252');
    expect(result.rows.map((r) => [r.name, r.company])).toEqual([
      ['Zoë Brontë', 'Café Ltd'],
      ['Ærøskøbing Jensen', 'Færgen'],
    ]);
    expect(result.rows.some((r) => r.name.includes('\uFFFD'))).toBe(false);
  });

  it('flags names that were already damaged, for the preview to show and ask about', () => {
    const result = parsed('linkedin-garbled.csv');
    expect(result.garbled).toEqual([
      { line: 2, name: 'RenÃ©e Dubois' },
      { line: 3, name: 'S\uFFFDren Larsen' },
    ]);
    expect(looksGarbled('Renée Dubois')).toBe(false);
    expect(looksGarbled('O’Neill')).toBe(false);
    expect(looksGarbled('Ã…sa')).toBe(true);
  });
});

describe('names in any script, with tabs and quotes, and rows holding only a date', () => {
  const result = parsed('linkedin-unicode.csv');

  it('keeps every name exactly, and says why the date-only row is skipped', () => {
    expect(result.rows.map((r) => r.name)).toEqual([
      'Ana 🌸 Ruiz',
      'Kai 🇳🇿 Tane',
      '明 王',
      'Νίκος Παπαδόπουλος',
      'דנה לוי',
      'Jo\tAnne Smith',
      'Robert "Bobby" Tables',
    ]);
    expect(byName(result.rows, 'Robert "Bobby" Tables').company).toBe('Say "hi" Ltd');
    expect(result.skipped).toEqual([{ line: 9, reason: expect.stringMatching(/^No name: .*\(the row holds only a date\)$/) }]);
    expect(result.garbled).toEqual([]);
  });
});

describe('a 7,500-row LinkedIn export', () => {
  it('reads and plans every row, names kept, in well under a few seconds', () => {
    const header = 'Notes:\n"x"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    const lines: string[] = [];
    for (let i = 0; i < 7500; i++) lines.push(`Ána${i},Ødegård ${i},https://www.linkedin.com/in/ana-${i},,"Co ${i % 50}, Inc",Engineer,0${1 + (i % 9)} Jan 2024`);
    lines.splice(100, 0, ',,,,,,03 Feb 2024');
    const text = header + lines.join('\r\n') + '\r\n';
    const started = Date.now();
    const result = parseContactsFile(new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.message);
    const plan = planImport(result.rows, result.format, []);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.rows).toHaveLength(7500);
    expect(result.rows[7499].name).toBe('Ána7499 Ødegård 7499');
    expect(result.skipped).toHaveLength(1);
    expect(plan.counts.new).toBe(7500);
  });
});
