// A mailto: link (RFC 6068) for a draft, so it opens in the user's own mail client without any Gmail scope.
//
// API
//   buildMailto({ to, subject, body }) -> 'mailto:a@b.org?subject=...&body=...'
//   MAILTO_SAFE_LENGTH: beyond it some clients (Outlook, older browsers) cut the link
// Built by hand: Apps Script has no URL class, and URLSearchParams would write spaces as '+'.

export interface MailtoParts {
  /** One address, or several separated by commas or semicolons. May be empty. */
  to: string;
  subject: string;
  body: string;
}

export const MAILTO_SAFE_LENGTH = 2000;

/** Lone surrogates (a cut emoji) make encodeURIComponent throw; they become U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function encode(s: string): string {
  return encodeURIComponent(wellFormed(s));
}

/** An address keeps its '@' (RFC 6068 reads it as the separator); everything else unsafe is escaped. */
function encodeAddress(address: string): string {
  return encode(address).replace(/%40/g, '@');
}

/**
 * The link for a draft. Subject and body are percent-encoded as UTF-8, spaces
 * as %20 and every line break as %0D%0A (RFC 6068 section 5); empty fields are
 * left out.
 */
export function buildMailto({ to, subject, body }: MailtoParts): string {
  const addresses = (to ?? '')
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map(encodeAddress)
    .join(',');
  const params: string[] = [];
  if (subject) params.push(`subject=${encode(subject.replace(/\r\n|\r|\n/g, ' '))}`);
  if (body) params.push(`body=${encode(body.replace(/\r\n|\r|\n/g, '\r\n'))}`);
  return `mailto:${addresses}${params.length ? `?${params.join('&')}` : ''}`;
}
