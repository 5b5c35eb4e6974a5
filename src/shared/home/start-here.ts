// The home page's "Start here" list: the five things a new student does once,
// in order, each ticked from what the spreadsheet and their settings show, so
// it ticks itself whichever way the student did the step (sidebar or grid).
/** What only the server can tell; set-up, contacts and the daily check are in the home view already. */
export interface StartHereState {
  /** The profile has everything a draft needs. */
  profile: boolean;
  /** Some contact has been written to: a First contacted date, or a Status past To contact. */
  outreach: boolean;
}

export type StartStepKey = 'setUp' | 'profile' | 'contact' | 'outreach' | 'dailyCheck';

export interface StartStep {
  key: StartStepKey;
  label: string;
  /** Why the step matters, in a few words, shown under it while it is to do. */
  hint: string;
  done: boolean;
}

export interface StartHereFacts {
  setUp: boolean;
  contacts: number;
  dailyCheckOn: boolean;
  state?: StartHereState;
}

export function startHereSteps(f: StartHereFacts): StartStep[] {
  return [
    { key: 'setUp', label: 'Set up the tracker', hint: 'Adds the Contacts, Meetings and Question Bank tabs.', done: f.setUp },
    { key: 'profile', label: 'Fill in your profile', hint: 'Your name, school and a line about you go into every message.', done: f.state?.profile === true },
    { key: 'contact', label: 'Add your first contact', hint: 'Someone whose work you would like to learn about.', done: f.contacts > 0 },
    { key: 'outreach', label: 'Send your first outreach', hint: 'Draft a short message, send it, then mark them as contacted.', done: f.state?.outreach === true },
    { key: 'dailyCheck', label: 'Turn on the daily check', hint: 'Each morning Next action says who to follow up with.', done: f.dailyCheckOn },
  ];
}
