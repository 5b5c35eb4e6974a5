// The home page's open follow-ups, most urgent first; clicking one selects the
// contact's row in the sheet. The badge says the urgency in words, not colour alone.
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import type { FollowUpItem } from '../../shared/follow-ups';
import { ErrorBox } from '../ui';

function badgeText(item: FollowUpItem): string {
  const n = Math.abs(item.daysOverdue);
  if (item.urgency === 'today') return 'Due today';
  if (item.urgency === 'overdue') return `${n} day${n === 1 ? '' : 's'} overdue`;
  return n === 1 ? 'Tomorrow' : `In ${n} days`;
}

export function FollowUpList({ items }: { items: FollowUpItem[] }) {
  const [selectError, setSelectError] = useState('');
  if (items.length === 0) return <p class="follow-ups-empty">Nothing due: no follow-ups in the next week.</p>;
  const select = (item: FollowUpItem) => {
    setSelectError('');
    rpc.selectContactRow(item.contactId).catch((e: Error) => setSelectError(e.message));
  };
  return (
    <div>
      {selectError && <ErrorBox message={selectError} />}
      <ul class="follow-ups">
        {items.map((item) => (
          <li key={`${item.contactId}|${item.kind}|${item.contactName}`} class={`follow-up ${item.urgency}`}>
            <span class={`follow-up-badge ${item.urgency}`}>{badgeText(item)}</span>{' '}
            {item.contactId ? (
              <button type="button" class="link follow-up-name" onClick={() => select(item)} title={`Select ${item.contactName || 'this contact'}'s row`}>
                {item.contactName || '(no name)'}
              </button>
            ) : (
              <span class="follow-up-name">{item.contactName || '(no name)'}</span>
            )}
            <div class="follow-up-label">
              {item.label}
              <span class="secondary"> · due {item.due}</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
