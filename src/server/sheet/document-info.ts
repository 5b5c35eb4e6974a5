// What the reminder email and the calendar entries say about the document:
// its id (reminder choices are kept per user per spreadsheet), name and link.
import { findTab, tabId } from './table';
import { ssOf, type DocRef } from './handles';

export interface DocumentInfo {
  id: string;
  name: string;
  url: string;
}

/** The id at once; the name and link, each a call, only when something reads them (home, when a meeting has a time). */
export function documentInfo(doc: DocRef): DocumentInfo {
  const ss = ssOf(doc);
  let name: string | undefined;
  let url: string | undefined;
  return {
    id: ss.getId(),
    get name() {
      return (name ??= ss.getName());
    },
    get url() {
      return (url ??= ss.getUrl());
    },
  };
}

/** A link that opens the Questions tab (the prepared questions), or the spreadsheet when there is none. */
export function questionsUrl(doc: DocRef, info: DocumentInfo = documentInfo(doc)): string {
  const tab = findTab(doc, 'questions');
  return tab ? `${info.url}#gid=${tabId(tab)}` : info.url;
}
