// The home page's follow-ups: every due item of every contact, grouped
// Overdue / Today / Coming up, each with the button that does it. A step done
// here is marked by the marks table on the server, which re-plans and sends
// the new list back, so the item leaves at once. A legend says what each row
// colour in the sheet means.
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import type { Navigate } from '../ui';
import type { Page } from '../../shared/server-api';
import { groupDueItems, type DueNow, type FollowUpItem, type MarkKind } from '../../shared/follow-ups';
import type { FollowUpDraftKind } from '../../shared/drafts';
import { ErrorBox } from '../ui';
import { FollowUpDraftPanel } from '../drafts';

function badgeText(item: FollowUpItem): string {
  const n = Math.abs(item.daysOverdue);
  if (item.urgency === 'today') return 'Due today';
  if (item.urgency === 'overdue') return `${n} day${n === 1 ? '' : 's'} overdue`;
  return n === 1 ? 'Tomorrow' : `In ${n} days`;
}

type Step =
  | { type: 'page'; label: string; page: Page }
  | { type: 'draft'; label: string; kind: FollowUpDraftKind; mark: MarkKind }
  | { type: 'mark'; label: string; mark: MarkKind }
  | { type: 'schedule'; label: string };

/** The buttons an item offers, the one that does the step first. */
export function stepsFor(item: FollowUpItem): Step[] {
  switch (item.kind) {
    case 'thank-you':
      return [
        { type: 'page', label: 'Draft thank-you', page: 'thanks' },
        { type: 'mark', label: 'Mark thank-you sent', mark: 'thank-you-sent' },
      ];
    case 'no-reply':
      return item.label.startsWith('Send a polite')
        ? [
            { type: 'draft', label: 'Draft follow-up', kind: 'follow-up', mark: 'follow-up-sent' },
            { type: 'schedule', label: 'They replied: schedule' },
          ]
        : [
            { type: 'mark', label: 'Mark no response', mark: 'no-response' },
            { type: 'schedule', label: 'They replied: schedule' },
          ];
    case 'agreed':
      return [{ type: 'draft', label: 'Draft follow-up', kind: 'follow-up', mark: 'follow-up-sent' }];
    case 'referral-loop':
      return [{ type: 'draft', label: `Tell ${item.relatedContactName || 'your referrer'}`, kind: 'loop-back', mark: 'told-referrer' }];
    case 'keep-in-touch':
      return [{ type: 'draft', label: 'Check in', kind: 'check-in', mark: 'checked-in' }];
    case 'prepare':
      return [
        { type: 'page', label: 'Prepare questions', page: 'questions' },
        { type: 'page', label: 'Log the meeting', page: 'meeting' },
      ];
    case 'log-meeting':
      return [{ type: 'page', label: 'Log the meeting', page: 'meeting' }];
    default:
      return [];
  }
}

interface ListProps {
  items: FollowUpItem[];
  today: string;
  navigate: Navigate;
  /** A step was marked done: the server's re-planned items, and what it said. */
  onChanged: (message: string, home: DueNow) => void;
}

export function DueItems({ items, today, navigate, onChanged }: ListProps) {
  const [error, setError] = useState('');
  if (items.length === 0) return <p class="follow-ups-empty">Nothing due: no follow-ups in the next week.</p>;
  return (
    <div>
      {error && <ErrorBox message={error} />}
      {groupDueItems(items)
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <section key={g.urgency} class="due-group" aria-label={g.heading}>
            <h3>
              {g.heading} ({g.items.length})
            </h3>
            <ul class="follow-ups">
              {g.items.map((item) => (
                <DueItem key={`${item.contactId}|${item.kind}|${item.contactName}`} item={item} today={today} navigate={navigate} onChanged={onChanged} onError={setError} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

function DueItem({ item, today, navigate, onChanged, onError }: { item: FollowUpItem; today: string; navigate: Navigate; onChanged: ListProps['onChanged']; onError: (m: string) => void }) {
  const [open, setOpen] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [date, setDate] = useState(today);
  const who = item.contactName || '(no name)';
  const select = () => rpc.selectContactRow(item.contactId);

  const mark = (m: MarkKind, extra: { date?: string } = {}) => {
    setBusy(true);
    onError('');
    rpc.markFollowUp({ contactId: item.contactId, mark: m, ...extra }).then(
      (r) => {
        setBusy(false);
        onChanged(r.message, r.home);
      },
      (e: Error) => {
        setBusy(false);
        onError(e.message);
      },
    );
  };
  const run = (s: Step) => {
    if (s.type === 'page') {
      // The panels work on the selected contact: select the row, then open the panel.
      onError('');
      select().then(
        () => navigate(s.page),
        (e: Error) => onError(e.message),
      );
    } else if (s.type === 'mark') {
      mark(s.mark);
    } else {
      setOpen(open && open.label === s.label ? null : s);
    }
  };

  return (
    <li class={`follow-up ${item.urgency}`}>
      <span class={`follow-up-badge ${item.urgency}`}>{badgeText(item)}</span>{' '}
      {item.contactId ? (
        <button type="button" class="link follow-up-name" onClick={() => select().catch((e: Error) => onError(e.message))} title={`Select ${who}'s row`}>
          {who}
        </button>
      ) : (
        <span class="follow-up-name">{who}</span>
      )}
      <div class="follow-up-label">
        {item.label}
        <span class="secondary"> · due {item.due}</span>
      </div>
      {item.contactId && (
        <div class="follow-up-steps" role="group" aria-label={`${item.label}: ${who}`}>
          {stepsFor(item).map((s) => (
            <button key={s.label} type="button" disabled={busy} aria-expanded={s.type === 'draft' || s.type === 'schedule' ? open?.label === s.label : undefined} onClick={() => run(s)}>
              {s.label}
            </button>
          ))}
        </div>
      )}
      {open?.type === 'draft' && <FollowUpDraftPanel contactId={item.contactId} kind={open.kind} mark={open.mark} onMarked={onChanged} />}
      {open?.type === 'schedule' && (
        <div class="block">
          <label for={`meeting-date-${item.contactId}`}>Meeting date</label>
          <input id={`meeting-date-${item.contactId}`} type="date" value={date} onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)} />
          <button type="button" class="action" disabled={busy || !date} onClick={() => mark('scheduled', { date })}>
            Mark scheduled
          </button>
        </div>
      )}
    </li>
  );
}

/** What the sheet's row colours mean (the add-on's own highlights). */
export function HighlightLegend() {
  return (
    <ul class="highlight-legend" aria-label="Row colours in the Contacts tab">
      <li>
        <span class="swatch overdue" aria-hidden="true" /> Pink: an action is overdue
      </li>
      <li>
        <span class="swatch today" aria-hidden="true" /> Yellow: an action is due today
      </li>
      <li>
        <span class="swatch meeting" aria-hidden="true" /> Blue: a meeting in the next few days
      </li>
    </ul>
  );
}
