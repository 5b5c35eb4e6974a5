// Named builders for the follow-up tests: rows as the gateway hands them over.
import { planFollowUps, type FollowUpRules } from '../../../src/shared/follow-ups/plan';
import { DEFAULT_RULES } from '../../../src/shared/follow-ups/rules';
import { CONTACT_COLUMNS, MEETING_COLUMNS, emptyRecord, type Contact, type Meeting } from '../../../src/shared/schema';

export function contactWith(fields: Partial<Contact>): Contact {
  return { ...emptyRecord(CONTACT_COLUMNS), ...fields };
}

export function meetingWith(fields: Partial<Meeting>): Meeting {
  return { ...emptyRecord(MEETING_COLUMNS), type: 'Informational interview', ...fields };
}

export interface Scene {
  meetings?: Meeting[];
  prepared?: string[];
  rules?: Partial<FollowUpRules>;
}

/** Plans the given contacts as of today and returns the plan. */
export function planOn(today: string, contacts: Contact[], scene: Scene = {}) {
  return planFollowUps(
    contacts,
    scene.meetings ?? [],
    new Set(scene.prepared ?? []),
    today,
    { ...DEFAULT_RULES, ...scene.rules },
  );
}

/** The Next action cell of the first contact, planned alongside the others. */
export function nextActionOn(today: string, contacts: Contact | Contact[], scene: Scene = {}): string {
  const list = Array.isArray(contacts) ? contacts : [contacts];
  return planOn(today, list, scene).cells[0].nextAction;
}
