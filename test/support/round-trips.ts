// The google.script.run round trips of each sidebar task, as the browser tests
// count them at the relay (test/support/sidebar-page.ts: SidebarPage.calls)
// and assert against this table, and as `npm run bench` prints them. Each
// round trip costs the user several hundred milliseconds in Apps Script.
//   open: showing the panel; save: the save itself; next: what the panel needs
//   after the save to show what comes next (the saved contact, another form).
export interface TaskTrips {
  open: readonly string[];
  save: readonly string[];
  next: readonly string[];
  /** What `next` is, for the bench's table. */
  nextIs: string;
}

export const ROUND_TRIPS: Record<string, TaskTrips> = {
  'Contact form': { open: ['getContactForm'], save: ['saveContact'], next: [], nextIs: 'the saved contact, shown from the save' },
  'Log a meeting': { open: ['openMeetingForm'], save: ['logMeeting'], next: ['openMeetingForm'], nextIs: 'Log another meeting' },
  'Home: mark done': { open: ['getHome'], save: ['markFollowUp'], next: [], nextIs: 'the home items, returned by the mark' },
  'Prepare questions': { open: ['openQuestions'], save: ['saveQuestions'], next: [], nextIs: 'the saved list, shown from the save' },
  Settings: { open: ['getSettings'], save: ['saveSettings'], next: [], nextIs: 'the saved settings, returned by the save' },
};

/** The calls made since a mark (an index into SidebarPage.calls). */
export function tripsSince(calls: readonly string[], mark: number): string[] {
  return calls.slice(mark);
}
