// The Paths view's data, and the meeting form's path choices: read in one
// getValues per tab (Contacts, Meetings) and summarised by the shared rules.
import { defaultPath, pathNames, summarisePaths, type PathChoices, type PathsView } from '../../shared/paths';
import type { Contact, Meeting } from '../../shared/schema';
import { openDoc, readOptionalTable, requireTable, today } from '../sheet';

export function pathsView(): PathsView {
  const doc = openDoc();
  const contacts = requireTable(doc, 'contacts');
  const meetings = readOptionalTable(doc, 'meetings');
  const now = today(doc);
  return { paths: summarisePaths(meetings ? meetings.rows : [], contacts.rows, now), today: now, meetingsTab: meetings !== null };
}

export function pathChoices(): PathChoices {
  const doc = openDoc();
  const meetings = readOptionalTable(doc, 'meetings');
  return pathChoicesFrom(requireTable(doc, 'contacts').rows, meetings ? meetings.rows : [], today(doc));
}

/** The choices from tables already read (Log a meeting's opening call reads each tab once). */
export function pathChoicesFrom(contacts: readonly Contact[], meetings: readonly Meeting[], now: string): PathChoices {
  const defaults: Record<string, string> = {};
  for (const c of contacts) if (c.contactId) defaults[c.contactId] = defaultPath(c);
  return { names: pathNames(summarisePaths(meetings, contacts, now)), defaults };
}
