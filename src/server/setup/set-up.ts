// "Set up tracker": creates or repairs the add-on's tabs without touching the
// user's data. Safe to run any number of times.
import { activeDocument, ensureTab, newSetUpRun, openDoc, storeTabIds, storedTabIds, TabChoiceCancelled, toast, withDocumentLock, type Tab } from '../sheet';
import { assignIds } from '../contacts';
import { setUpExtras } from './extras';
import type { SetupReport } from './report';
import { adoptedTab, summarise } from './message';
import { TAB } from '../../shared/schema';
export type { SetupReport } from './report';


const SET_UP_TABS = ['contacts', 'meetings', 'bank'] as const;
// The add-on's other tabs, never offered as the student's contacts list.
const OTHER_TABS = [TAB.meetings, TAB.questions, TAB.bank, 'Dashboard'];

export function setUpTracker(): SetupReport {
  try {
    return setUpLocked();
  } catch (e) {
    if (!(e instanceof TabChoiceCancelled)) throw e;
    toast(activeDocument(), e.message, 'Info Interviews', 8);
    return { created: [], adopted: [], addedColumns: [], idsAssigned: 0, questionsSeeded: 0, summary: e.message };
  }
}

function setUpLocked(): SetupReport {
  return withDocumentLock(() => {
    const doc = openDoc();
    const ids = storedTabIds();
    const report: SetupReport = { created: [], adopted: [], addedColumns: [], idsAssigned: 0, questionsSeeded: 0, summary: '' };
    const claimed: Tab[] = [];
    // Shared by the three tabs: each rule is built once (Thank-you sent's serves two), and tabs listed
    // while looking for the student's contacts are not looked up again.
    const run = newSetUpRun();
    const prepare = <T extends (typeof SET_UP_TABS)[number]>(key: T) => {
      const ensured = ensureTab(doc, key, { ids, repair: true, claimed, notContacts: OTHER_TABS, run });
      const { table, created, added } = ensured;
      claimed.push(table.tab);
      if (created) report.created.push(ensured.name());
      if (ensured.adopted) report.adopted.push(adoptedTab(ensured.name(), table.headerRow, ensured.headerBefore, table.header, table.columns));
      if (added.length > 0) report.addedColumns.push({ tab: ensured.name(), headers: added });
      return { table, blank: ensured.blank };
    };
    const contacts = prepare('contacts');
    report.idsAssigned += assignIds('contacts', contacts.table);
    const meetings = prepare('meetings');
    report.idsAssigned += assignIds('meetings', meetings.table);
    const bank = prepare('bank');
    storeTabIds(ids);
    setUpExtras(doc, { contacts: contacts.table, meetings: meetings.table, bank: bank.table }, report, { contacts: contacts.blank, bank: bank.blank }, run);
    report.summary = summarise(report);
    toast(doc, report.summary, 'Info Interviews', 8);
    return report;
  });
}
