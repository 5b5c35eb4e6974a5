// What is due, as every save returns it to the sidebar and the home page lists
// it: at the root of src/shared because the contacts, meetings and import
// results carry it too, and those features sit below follow-ups. JSON only.

/** The follow-up rules, one kind each (PRODUCT.md "Follow-up rules"). */
export type ActionKind = 'thank-you' | 'no-reply' | 'agreed' | 'keep-in-touch' | 'referral-loop' | 'prepare' | 'log-meeting';

/** How soon an open action is due, as the home page groups and the highlights colour it. */
export type Urgency = 'overdue' | 'today' | 'upcoming';

/** One open follow-up as the home page lists it. */
export interface FollowUpItem {
  contactId: string;
  contactName: string;
  kind: ActionKind;
  label: string;
  /** yyyy-MM-dd in the spreadsheet's zone. */
  due: string;
  /** Days past due; 0 on the due day; negative = days until due. */
  daysOverdue: number;
  urgency: Urgency;
  /** The Next action cell text. */
  text: string;
  /** For a referral loop-back, the referrer to tell; '' otherwise. */
  relatedContactId?: string;
  relatedContactName?: string;
}

export interface FollowUpCounts {
  overdue: number;
  today: number;
  upcoming: number;
}

/** The home page's follow-ups after a write, so a save needs no second call to show what is due. */
export interface DueNow {
  today: string;
  /** Every due item of every contact, most urgent first. */
  followUps: FollowUpItem[];
  counts: FollowUpCounts;
}

