// Every due item grouped as the home page shows them (and the reminders email
// will): Overdue, Today, Coming up, each most urgent first. Pure, so the
// sidebar, the server and a digest all group the same way.
import type { FollowUpItem, Urgency } from './api';
import type { FollowUpAction } from './plan';

export interface DueGroup<T> {
  urgency: Urgency;
  heading: string;
  items: T[];
}

export const DUE_HEADINGS: Readonly<Record<Urgency, string>> = Object.freeze({ overdue: 'Overdue', today: 'Today', upcoming: 'Coming up' });

/** The three groups in order, empty ones included (the caller decides whether to show them); order within a group is kept. */
export function groupDueItems<T extends { urgency: Urgency }>(items: readonly T[]): Array<DueGroup<T>> {
  return (['overdue', 'today', 'upcoming'] as const).map((urgency) => ({
    urgency,
    heading: DUE_HEADINGS[urgency],
    items: items.filter((i) => i.urgency === urgency),
  }));
}

/** A planned action as the sidebar receives it (JSON only). */
export function toFollowUpItem(a: FollowUpAction): FollowUpItem {
  return {
    contactId: a.contactId,
    contactName: a.contactName,
    kind: a.kind,
    label: a.label,
    due: a.due,
    daysOverdue: a.daysOverdue,
    urgency: a.urgency,
    text: a.text,
    relatedContactId: a.relatedContactId,
    relatedContactName: a.relatedContactName,
  };
}
