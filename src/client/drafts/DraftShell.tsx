// What the two draft panels share: the title, loading the draft's context for
// the chosen contact (the active row's by default), the picker, the "choose
// someone" and "fill in your profile" states, then the panel's own editor.
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Navigate } from '../ui';
import type { DraftContextBase } from '../../shared/drafts';
import { ErrorBox, Loading, useRemote } from '../ui';
import { DraftContactPicker } from './DraftContactPicker';
import { DraftProfileNotice } from './DraftProfileNotice';

interface ShellProps<C extends DraftContextBase> {
  title: string;
  navigate: Navigate;
  load: (contactId: string) => Promise<C>;
  loading: string;
  /** Shown when no contact is chosen, e.g. "Choose who to write to". */
  choose: string;
  /** The missing profile fields that stop this draft (all of them, or only what it uses). */
  blocking: (missing: string[]) => string[];
  editor: (context: C) => JSX.Element;
}

export function DraftShell<C extends DraftContextBase>(props: ShellProps<C>) {
  const [contactId, setContactId] = useState('');
  return (
    <div class="drafts-panel">
      <h1>{props.title}</h1>
      <DraftLoader key={contactId} {...props} contactId={contactId} onPick={setContactId} />
    </div>
  );
}

function DraftLoader<C extends DraftContextBase>(props: ShellProps<C> & { contactId: string; onPick: (id: string) => void }) {
  const [ctx, retry] = useRemote(() => props.load(props.contactId));
  if (ctx.state === 'loading') return <Loading what={props.loading} />;
  if (ctx.state === 'error') return <ErrorBox message={ctx.message} onRetry={retry} />;
  const c = ctx.value;
  const picker = <DraftContactPicker contacts={c.contacts} value={c.contact?.contactId ?? ''} onChange={props.onPick} />;
  if (!c.contact) {
    return (
      <div>
        {c.contacts.length > 0 && <p>{props.choose}, or select their row in the Contacts tab and open this again.</p>}
        {picker}
      </div>
    );
  }
  const missing = props.blocking(c.missingProfile);
  return (
    <div>
      {picker}
      {missing.length > 0 ? <DraftProfileNotice missing={missing} navigate={props.navigate} /> : props.editor(c)}
    </div>
  );
}
