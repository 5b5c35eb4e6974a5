// The home page part of the server API (see ../server-api.ts): the sidebar's
// first page joins the follow-ups, the daily check and the Dashboard's figures,
// so it is a feature of its own that depends on both. JSON only: no Date.
import type { CheckStatus, FollowUpCounts, FollowUpItem } from '../follow-ups';
import type { DashboardHome } from '../dashboard';
import type { StartHereState } from './start-here';
import type { PrepChecklist } from '../meetings';
import type { ReminderStatus, UpcomingMeeting } from '../reminders';

export type HomeView =
  | { setUp: false; message: string }
  | {
      setUp: true;
      today: string;
      contacts: number;
      /** Every open action, most urgent first. */
      followUps: FollowUpItem[];
      counts: FollowUpCounts;
      check: CheckStatus;
      dailyCheckOn: boolean;
      /** Where the networking stands (the Dashboard's figures), so the home page needs no second call. */
      summary: DashboardHome;
      /** The Start here list's profile and outreach steps. */
      startHere: StartHereState;
      /** Meetings in the coming days, soonest first, with how ready each one is ("4 of 7 ready"). */
      prep: PrepChecklist[];
      /** This user's reminder email: its setting and the last run's outcome. */
      reminders: ReminderStatus;
      /** Scheduled meetings still to come, soonest first, with their calendar links. */
      meetings: UpcomingMeeting[];
    };

/** What a home page button that changes the tracker returns: what it did, and the home page as it now stands. */
export interface HomeAfter {
  summary: string;
  home: HomeView;
}

export interface HomeApi {
  /** Everything the sidebar's home page shows, in one call. */
  getHome: () => HomeView;
  /** Home's Refresh follow-ups: the check, then the home page, in one round trip. */
  refreshHome: () => HomeAfter;
  /** Home's Set up tracker: set-up, then the home page, in one round trip. */
  setUpHome: () => HomeAfter;
}
