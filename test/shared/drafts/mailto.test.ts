// mailto: links that open the draft intact in any mail client, whatever the names and line breaks.
import { buildMailto } from '../../../src/shared/drafts/mailto';

/** What a mail client reads back out of the link. */
function parse(link: string): { to: string; params: Record<string, string> } {
  const m = /^mailto:([^?]*)(?:\?(.*))?$/.exec(link);
  if (!m) throw new Error(`not a mailto link: ${link}`);
  const params: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split('&').filter(Boolean)) {
    const [k, v] = pair.split('=');
    params[k] = decodeURIComponent(v);
  }
  return { to: decodeURIComponent(m[1]), params };
}

describe('buildMailto', () => {
  it('writes the address, subject and body as RFC 6068 fields', () => {
    expect(buildMailto({ to: 'maria@acme.com', subject: 'Hello there', body: 'Hi Maria' })).toBe(
      'mailto:maria@acme.com?subject=Hello%20there&body=Hi%20Maria',
    );
  });

  it('encodes spaces as %20, never as +', () => {
    const link = buildMailto({ to: 'a@b.org', subject: 'a b', body: 'c d' });
    expect(link).not.toContain('+');
    expect(link).toContain('a%20b');
  });

  it('writes every kind of line break as %0D%0A', () => {
    const link = buildMailto({ to: 'a@b.org', subject: 's', body: 'one\ntwo\r\nthree\rfour' });
    expect(link).toContain('body=one%0D%0Atwo%0D%0Athree%0D%0Afour');
    expect(parse(link).params.body).toBe('one\r\ntwo\r\nthree\r\nfour');
  });

  it('keeps a subject on one line', () => {
    expect(parse(buildMailto({ to: '', subject: 'Thank you\nMaria', body: 'x' })).params.subject).toBe('Thank you Maria');
  });

  it('percent-encodes accented names and emoji as UTF-8', () => {
    const link = buildMailto({ to: 'jose@acme.com', subject: 'Hola José Müller', body: 'Thanks 🙏' });
    expect(link).toContain('Jos%C3%A9%20M%C3%BCller');
    expect(link).toContain('Thanks%20%F0%9F%99%8F');
    expect(link).toMatch(/^[\x21-\x7E]+$/);
    expect(parse(link).params).toEqual({ subject: 'Hola José Müller', body: 'Thanks 🙏' });
  });

  it('escapes characters that would end a field early', () => {
    const body = 'Q&A? 100% yes = #1 + more';
    const link = buildMailto({ to: 'a@b.org', subject: 'x', body });
    expect(link.split('&')).toHaveLength(2);
    expect(link).not.toContain('#');
    expect(parse(link).params.body).toBe(body);
  });

  it('keeps the @ of an address and encodes the rest of it', () => {
    expect(buildMailto({ to: 'josé+tag@acme.com', subject: '', body: '' })).toBe('mailto:jos%C3%A9%2Btag@acme.com');
  });

  it('joins several recipients with commas', () => {
    expect(buildMailto({ to: 'a@b.org; c@d.org , ', subject: '', body: 'x' })).toBe('mailto:a@b.org,c@d.org?body=x');
  });

  it('leaves out empty fields and works with no recipient', () => {
    expect(buildMailto({ to: '', subject: '', body: 'x' })).toBe('mailto:?body=x');
    expect(buildMailto({ to: 'a@b.org', subject: '', body: '' })).toBe('mailto:a@b.org');
  });

  it('survives an emoji cut in half instead of throwing', () => {
    const half = '🙏'.slice(0, 1);
    expect(parse(buildMailto({ to: '', subject: 's', body: `ok ${half}` })).params.body).toBe('ok \uFFFD');
  });
});
