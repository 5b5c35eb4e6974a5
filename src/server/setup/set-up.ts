// "Set up tracker": creates or repairs the add-on's tabs without touching the
// user's data. Safe to run any number of times.
import { ensureTab, openDoc, storeTabIds, storedTabIds, tabName, toast, withDocumentLock, type Tab } from '../sheet';
import { assignIds } from '../contacts';
import { setUpExtras } from './extras';
import type { SetupReport } from './report';
export type { SetupReport } from './report';


const SET_UP_TABS = ['contacts', 'meetings', 'bank'] as const;

export function setUpTracker(): SetupReport {
  return withDocumentLock(() => {
    const doc = openDoc();
    const ids = storedTabIds();
    const report: SetupReport = { created: [], adopted: [], addedColumns: [], idsAssigned: 0, questionsSeeded: 0, summary: '' };
    const claimed: Tab[] = [];
    const prepare = <T extends (typeof SET_UP_TABS)[number]>(key: T) => {
      const ensured = ensureTab(doc, key, { ids, repair: true, claimed });
      const { table, created, added } = ensured;
      claimed.push(table.tab);
      if (created) report.created.push(tabName(table.tab));
      if (table.header.adopted.length > 0) {
        report.adopted.push({
          tab: tabName(table.tab),
          mapped: table.header.adopted.map((a) => ({ header: a.header, column: table.columns.find((c) => c.key === a.key)!.header })),
        });
      }
      if (added.length > 0) report.addedColumns.push({ tab: tabName(table.tab), headers: added });
      return table;
    };
    const contacts = prepare('contacts');
    report.idsAssigned += assignIds('contacts', contacts);
    const meetings = prepare('meetings');
    report.idsAssigned += assignIds('meetings', meetings);
    const bank = prepare('bank');
    storeTabIds(ids);
    setUpExtras(doc, { contacts, meetings, bank }, report);
    report.summary = summarise(report);
    toast(doc, report.summary, 'Info Interviews', 8);
    return report;
  });
}

function summarise(r: SetupReport): string {
  const parts: string[] = [];
  if (r.created.length) parts.push(`Created ${r.created.join(', ')}.`);
  for (const a of r.adopted) {
    parts.push(`Using your "${a.tab}" tab: ${a.mapped.map((m) => `${m.header} → ${m.column}`).join(', ')}.`);
  }
  for (const a of r.addedColumns) parts.push(`Added ${a.headers.length} column${a.headers.length === 1 ? '' : 's'} to ${a.tab}: ${a.headers.join(', ')}.`);
  if (r.questionsSeeded) parts.push(`Added ${r.questionsSeeded} starter questions to the Question Bank.`);
  if (r.idsAssigned) parts.push(`Gave ${r.idsAssigned} row${r.idsAssigned === 1 ? '' : 's'} an ID.`);
  return parts.length ? parts.join(' ') : 'The tracker is set up; nothing needed repair.';
}
