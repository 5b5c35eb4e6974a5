// The morning email: what is overdue, due today and coming up, as plain text
// and as simple HTML (one column, no images, inline styles: Gmail strips
// <style> in some clients and a phone shows one column anyway). Every piece of
// contact data is escaped: a name like <b>Ana</b> is text, never markup.
import { addDays, type IsoDate } from '../dates';
import { humanDate } from '../drafts';
import { UPCOMING_DAYS, type Urgency } from '../follow-ups';

/** The parts of a follow-up action the digest shows (FollowUpAction has them all). */
export interface DigestItem {
  contactName: string;
  contactId: string;
  label: string;
  due: IsoDate;
  daysOverdue: number;
  urgency: Urgency;
}

export interface DigestInput {
  items: readonly DigestItem[];
  today: IsoDate;
  spreadsheetName: string;
  spreadsheetUrl: string;
}

export interface Digest {
  subject: string;
  text: string;
  html: string;
  counts: Record<Urgency, number>;
}

const SECTIONS: ReadonlyArray<[Urgency, string]> = [
  ['overdue', 'Overdue'],
  ['today', 'Today'],
  ['upcoming', 'Coming up'],
];

export function escapeHtml(s: string): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function when(item: DigestItem): string {
  const day = humanDate(item.due) || item.due;
  if (item.daysOverdue > 0) return `${day} (${plural(item.daysOverdue, 'day')} overdue)`;
  if (item.daysOverdue === 0) return `${day} (today)`;
  return `${day} (in ${plural(-item.daysOverdue, 'day')})`;
}

function nameOf(item: DigestItem): string {
  return item.contactName.trim() || item.contactId;
}

/** The items the email lists: every overdue and today item, and what falls due within the coming week. */
export function digestItems(items: readonly DigestItem[], today: IsoDate): DigestItem[] {
  const horizon = addDays(today, UPCOMING_DAYS);
  return items.filter((i) => i.urgency !== 'upcoming' || i.due <= horizon);
}

/** The email, or null when nothing is due (then nothing is sent). */
export function buildDigest(input: DigestInput): Digest | null {
  const items = digestItems(input.items, input.today);
  if (items.length === 0) return null;
  const counts: Record<Urgency, number> = { overdue: 0, today: 0, upcoming: 0 };
  for (const i of items) counts[i.urgency]++;
  const heads: string[] = [];
  if (counts.overdue) heads.push(`${counts.overdue} overdue`);
  if (counts.today) heads.push(`${counts.today} due today`);
  if (counts.upcoming) heads.push(`${counts.upcoming} coming up`);
  const subject = `Info Interviews: ${heads.join(', ')}`;
  const sheet = input.spreadsheetName.trim() || 'your tracker';
  const dayText = humanDate(input.today) || input.today;

  const text: string[] = [`What is due in ${sheet}, as of ${dayText}:`, ''];
  const html: string[] = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124;max-width:560px">',
    `<p style="margin:0 0 12px">What is due in <b>${escapeHtml(sheet)}</b>, as of ${escapeHtml(dayText)}:</p>`,
  ];
  for (const [urgency, title] of SECTIONS) {
    const group = items.filter((i) => i.urgency === urgency).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    if (!group.length) continue;
    text.push(`${title.toUpperCase()} (${group.length})`);
    html.push(`<h2 style="font-size:16px;margin:16px 0 4px">${title} (${group.length})</h2>`, '<ul style="margin:0;padding-left:20px">');
    for (const i of group) {
      text.push(`- ${nameOf(i)}: ${i.label}, ${when(i)}`);
      html.push(`<li style="margin:0 0 6px"><b>${escapeHtml(nameOf(i))}</b>: ${escapeHtml(i.label)}<br><span style="color:#5f6368">${escapeHtml(when(i))}</span></li>`);
    }
    text.push('');
    html.push('</ul>');
  }
  text.push(`Open the tracker: ${input.spreadsheetUrl}`, '', 'You get this email because you turned on "Email me what is due" in the Info Interviews settings of this spreadsheet. Turn it off there.');
  html.push(
    `<p style="margin:16px 0"><a href="${escapeHtml(input.spreadsheetUrl)}" style="color:#1a73e8">Open the tracker</a></p>`,
    '<p style="margin:0;color:#5f6368;font-size:12px">You get this email because you turned on &quot;Email me what is due&quot; in the Info Interviews settings of this spreadsheet. Turn it off there.</p>',
    '</div>',
  );
  return { subject, text: text.join('\n'), html: html.join('\n'), counts };
}
