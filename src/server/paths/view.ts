// The Paths view's data, and the meeting form's path choices: read in one
// getValues per tab (Contacts, Meetings) and summarised by the shared rules.
import { defaultPath, pathNames, summarisePaths, type PathChoices, type PathsView } from '../../shared/paths';
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
  const contacts = requireTable(doc, 'contacts');
  const meetings = readOptionalTable(doc, 'meetings');
  const defaults: Record<string, string> = {};
  for (const c of contacts.rows) if (c.contactId) defaults[c.contactId] = defaultPath(c);
  return { names: pathNames(summarisePaths(meetings ? meetings.rows : [], contacts.rows, today(doc))), defaults };
}
