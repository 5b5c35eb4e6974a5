// Reading LinkedIn and Google Contacts exports, as the student's own files arrive.
import { readFileSync } from 'fs';
import { join } from 'path';
import { MESSAGES, parseContactsCsv } from '../../../src/shared/csv';
import { toContact, type ImportRow } from '../../../src/shared/import';

function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', 'csv', name), 'utf8');
}

function parsed(name: string) {
  const result = parseContactsCsv(fixture(name));
  if (!result.ok) throw new Error(`expected ${name} to parse, got: ${result.message}`);
  return result;
}

function byName(rows: ImportRow[], name: string): ImportRow {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no row named ${name} in ${rows.map((r) => r.name).join(', ')}`);
  return row;
}

describe('parseContactsCsv: LinkedIn Connections.csv', () => {
  const result = parsed('linkedin-connections.csv');

  it('finds the header after the Notes preamble and blank line, in a file with a BOM and CRLF', () => {
    expect(fixture('linkedin-connections.csv').charCodeAt(0)).toBe(0xfeff);
    expect(fixture('linkedin-connections.csv')).toContain('\r\n');
    expect(result.format).toBe('linkedin');
    expect(result.rows.map((r) => r.name)).toEqual(['Priya Raman', "Marcus O'Neill", '-Ann Lee', 'José Núñez']);
  });

  it('reads company, position, profile URL and the connection date as yyyy-MM-dd', () => {
    expect(result.rows[0]).toEqual({
      line: 5,
      name: 'Priya Raman',
      title: 'Senior Analyst',
      company: 'Northwind Traders',
      email: '',
      linkedin: 'https://www.linkedin.com/in/priya-raman-4b2a1',
      phone: '',
      notes: '',
      connectedOn: '2024-01-05',
    });
  });

  it('keeps quoted commas inside their field and leaves no carriage return behind', () => {
    const marcus = byName(result.rows, "Marcus O'Neill");
    expect(marcus.company).toBe('Smith, Jones & Co');
    expect(marcus.title).toBe('Associate, Strategy & Operations');
    expect(marcus.email).toBe('marcus.oneill@example.com');
    expect(marcus.connectedOn).toBe('2023-03-17');
    expect(result.rows.every((r) => Object.values(r).every((v) => !String(v).includes('\r')))).toBe(true);
  });

  it('keeps text that starts with - = or + exactly as written', () => {
    const ann = byName(result.rows, '-Ann Lee');
    expect(ann.company).toBe('=Acme Labs');
    expect(ann.title).toBe('+Growth lead');
  });

  it('skips a member LinkedIn left unnamed, saying why, and ignores the blank trailing row', () => {
    expect(result.skipped).toEqual([
      { line: 7, reason: 'No name: LinkedIn leaves the name out for members who limit what they share.' },
    ]);
  });

  it('reads an older export with no preamble and no URL column', () => {
    const old = parsed('linkedin-connections-old.csv');
    expect(old.format).toBe('linkedin');
    expect(old.rows).toEqual([
      expect.objectContaining({ line: 2, name: 'Dana Whitfield', email: 'dana.whitfield@example.org', company: 'Tailspin Toys', title: 'Designer', linkedin: '', connectedOn: '2019-01-15' }),
      expect.objectContaining({ line: 3, name: 'Sam Okafor', company: 'Litware, LLC', title: 'Recruiter', connectedOn: '2018-06-03' }),
    ]);
    expect(old.skipped).toEqual([]);
  });

  it('keeps a Connected On that is not a date as its text rather than dropping it', () => {
    const text = 'First Name,Last Name,Company,Position,Connected On\nAmy,Ng,Contoso,Analyst,sometime in 2019\n';
    const result = parseContactsCsv(text);
    expect(result.ok && result.rows[0].connectedOn).toBe('sometime in 2019');
  });

  it('reads a file re-saved with semicolons by a spreadsheet program', () => {
    const text = 'First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nAmy;Ng;;;Contoso, Ltd;Analyst;01 Feb 2024\r\n';
    const result = parseContactsCsv(text);
    expect(result.ok && result.rows.map((r) => [r.name, r.company, r.connectedOn])).toEqual([['Amy Ng', 'Contoso, Ltd', '2024-02-01']]);
  });
});

describe('parseContactsCsv: Google Contacts', () => {
  it('reads the current layout: full name, organisation, first email, first phone, the LinkedIn website', () => {
    const result = parsed('google-contacts.csv');
    expect(result.format).toBe('google');
    const grace = byName(result.rows, 'Grace Brewster Hopper');
    expect(grace).toEqual({
      line: 2,
      name: 'Grace Brewster Hopper',
      title: 'Rear Admiral',
      company: 'Cobol Works',
      email: 'grace@cobol.example',
      linkedin: 'https://www.linkedin.com/in/gracehopper/',
      phone: '+1 555 0100',
      notes: 'Met at the alumni mixer.\nAsk about compilers.',
      connectedOn: '',
    });
  });

  it('does not take a personal website for a LinkedIn profile', () => {
    const lin = byName(parsed('google-contacts.csv').rows, 'Lin Zhao');
    expect(lin).toMatchObject({ company: 'Wide World Importers, Ltd.', title: 'Buyer', email: 'lin.zhao@example.net', linkedin: '' });
  });

  it('counts lines in the file, so a note over two lines moves the next rows down', () => {
    const result = parsed('google-contacts.csv');
    expect(result.skipped).toEqual([{ line: 4, reason: 'No name: this Google contact has no name.' }]);
    expect(byName(result.rows, 'Lin Zhao').line).toBe(5);
  });

  it('reads the older layout: Name, or Given and Family Name, and Organization 1', () => {
    const result = parsed('google-contacts-old.csv');
    expect(result.format).toBe('google');
    expect(result.rows).toEqual([
      {
        line: 2,
        name: 'Ada King',
        title: 'Mathematician',
        company: 'Analytical Engines',
        email: 'ada@example.com',
        linkedin: 'linkedin.com/in/adaking',
        phone: '020 7946 0000',
        notes: '',
        connectedOn: '',
      },
      expect.objectContaining({ line: 3, name: 'Alan Turing', company: 'Bletchley Park', title: 'Cryptanalyst' }),
    ]);
    expect(result.skipped).toEqual([{ line: 4, reason: 'No name: this Google contact has no name.' }]);
  });
});

describe('parseContactsCsv: files it cannot import', () => {
  it('rejects an unrelated CSV with the clear message', () => {
    expect(parseContactsCsv(fixture('bank-statement.csv'))).toEqual({ ok: false, message: MESSAGES.noHeader });
    expect(MESSAGES.noHeader).toBe(
      'This file is not a LinkedIn Connections.csv or Google Contacts export: no First Name/Last Name header was found.',
    );
  });

  it('rejects a CSV with name columns that is neither export, and says how to get a Google CSV', () => {
    const result = parseContactsCsv(fixture('class-roster.csv'));
    expect(result).toEqual({ ok: false, message: MESSAGES.namesOnly });
    expect(MESSAGES.namesOnly).toContain('Google CSV');
  });

  it('rejects a file with an unclosed quote, naming the line, instead of importing half of it', () => {
    expect(parseContactsCsv(fixture('malformed-unclosed-quote.csv'))).toEqual({
      ok: false,
      message: MESSAGES.unclosedQuote(3),
    });
    expect(MESSAGES.unclosedQuote(3)).toContain('line 3');
  });

  it('recognises the LinkedIn .zip picked by mistake', () => {
    const zip = readFileSync(join(__dirname, '..', '..', 'fixtures', 'csv', 'Basic_LinkedInDataExport.zip')).toString('latin1');
    expect(parseContactsCsv(zip)).toEqual({ ok: false, message: MESSAGES.zip });
  });

  it('rejects binary content and an empty file', () => {
    expect(parseContactsCsv('\u0000\u0001\u0002First Name,Last Name\u0000')).toEqual({ ok: false, message: MESSAGES.binary });
    expect(parseContactsCsv('\uFEFF  \r\n')).toEqual({ ok: false, message: MESSAGES.empty });
  });

  it('skips a row with more values than the header has columns instead of shifting its fields', () => {
    const text = 'First Name,Last Name,Company,Position\nAmy,Ng,Contoso,Inc,Analyst\nBo,Li,Fabrikam,Engineer\n';
    const result = parseContactsCsv(text);
    expect(result.ok && result.rows.map((r) => r.name)).toEqual(['Bo Li']);
    expect(result.ok && result.skipped).toEqual([{ line: 2, reason: expect.stringContaining('5 values but the header has 4 columns') }]);
  });

  it('skips a row whose quotes are broken mid-line, since its values run together', () => {
    const text = 'First Name,Last Name,Company,Position\nAmy,"Ng" Jr,Contoso,"Analyst"\nBo,Li,Fabrikam,Engineer\n';
    const result = parseContactsCsv(text);
    expect(result.ok && result.rows.map((r) => r.name)).toEqual(['Bo Li']);
    expect(result.ok && result.skipped).toEqual([{ line: 2, reason: expect.stringContaining('quotes are malformed') }]);
  });

  it('accepts a known header with no data rows as an empty import', () => {
    expect(parseContactsCsv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n')).toEqual({
      ok: true,
      format: 'linkedin',
      rows: [],
      skipped: [],
      garbled: [],
    });
  });
});

describe('toContact', () => {
  const row: ImportRow = {
    line: 5,
    name: '  Priya Raman ',
    title: 'Senior Analyst',
    company: 'Northwind Traders',
    email: '',
    linkedin: 'https://www.linkedin.com/in/priya-raman-4b2a1',
    phone: '',
    notes: '',
    connectedOn: '2024-01-05',
  };

  it('makes a LinkedIn connection a To contact found on LinkedIn, with the connection date in Notes', () => {
    expect(toContact(row, 'linkedin')).toEqual({
      name: 'Priya Raman',
      title: 'Senior Analyst',
      company: 'Northwind Traders',
      linkedin: 'https://www.linkedin.com/in/priya-raman-4b2a1',
      notes: 'Connected on LinkedIn 2024-01-05',
      howFound: 'LinkedIn',
      status: 'To contact',
    });
  });

  it("marks a Google contact as found through Other and keeps the contact's own notes", () => {
    const google = { ...row, connectedOn: '', notes: 'Met at the alumni mixer.', phone: ' +1 555 0100 ' };
    expect(toContact(google, 'google')).toMatchObject({ howFound: 'Other', status: 'To contact', notes: 'Met at the alumni mixer.', phone: '+1 555 0100' });
  });

  it('leaves names and text that look like formulas untouched', () => {
    const c = toContact({ ...row, name: '-Ann Lee', company: '=Acme Labs', title: '@home' }, 'linkedin');
    expect([c.name, c.company, c.title]).toEqual(['-Ann Lee', '=Acme Labs', '@home']);
  });
});
