// "Add or edit a contact": opens on the contact of the active row (or a blank
// form), lets the user switch contact or start a new one, and saves by Contact ID.
import { useEffect, useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import type { ContactFormData } from '../../shared/contacts';
import { rpc } from '../rpc';
import { ErrorBox, Loading, Titled, type Remote } from '../ui';
import { ContactPicker } from '../ui';
import { ContactForm, fieldId } from './ContactForm';

export function ContactPanel(_props: { navigate: Navigate }) {
  const [data, setData] = useState<Remote<ContactFormData>>({ state: 'loading' });
  // Which contact to load: '' is the active row; blank opens an empty form (after Add,
  // for the next person). Bumping n reloads (retry, after a save).
  const [want, setWant] = useState<{ id: string; n: number; blank?: boolean }>({ id: '', n: 0 });
  /** The contact just added, offered for editing while the form waits for the next one. */
  const [added, setAdded] = useState<{ contactId: string; name: string } | null>(null);
  const [message, setMessage] = useState('');
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    let live = true;
    setData({ state: 'loading' });
    rpc.getContactForm(want.id).then(
      (value) => live && setData({ state: 'ready', value: want.blank ? { ...value, contact: null } : value }),
      (e: Error) => live && setData({ state: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [want]);

  useEffect(() => {
    if (data.state === 'ready') document.getElementById(fieldId('name'))?.focus();
  }, [data.state, formKey]);

  if (data.state === 'loading') return <Loading what="Opening the contact…" />;
  if (data.state === 'error') {
    return (
      <Titled title="Add or edit a contact">
        <ErrorBox message={data.message} onRetry={() => setWant({ ...want, n: want.n + 1 })} />
      </Titled>
    );
  }
  const d = data.value;
  const editing = d.contact;

  const startNew = () => {
    setMessage('');
    setAdded(null);
    setData({ state: 'ready', value: { ...d, contact: null } });
    setFormKey((k) => k + 1);
  };

  return (
    <div class="contact-panel">
      <h1>{editing ? 'Edit contact' : 'New contact'}</h1>
      <p class="secondary">
        {editing ? (
          <>
            Editing <strong>{editing.name || '(no name)'}</strong> ({editing.contactId}).
          </>
        ) : (
          'Adding a new contact to the Contacts tab.'
        )}
      </p>
      <div class="contact-switch block">
        <ContactPicker
          id="contact-to-edit"
          label="Contact to edit"
          blank="(new contact)"
          contacts={d.contacts}
          value={editing?.contactId ?? ''}
          onChange={(id) => {
            setMessage('');
            setAdded(null);
            if (id) setWant({ id, n: want.n + 1 });
            else startNew();
          }}
        />
        {editing && (
          <button type="button" onClick={startNew}>
            New contact
          </button>
        )}
      </div>
      {message && (
        <div class="summary" role="status">
          <p>{message}</p>
          {added && (
            <p>
              <button
                type="button"
                class="link"
                onClick={() => {
                  setMessage('');
                  setAdded(null);
                  setWant({ id: added.contactId, n: want.n + 1 });
                }}
              >
                Edit {d.contacts.find((c) => c.contactId === added.contactId)?.name || added.contactId}
              </button>
            </p>
          )}
        </div>
      )}
      <ContactForm
        key={`${editing?.contactId ?? 'new'}-${formKey}`}
        data={d}
        onSaved={(r) => {
          setMessage(r.message);
          // The save returns the form as it now reads: shown without asking the server again.
          if (editing) {
            setAdded(null);
            if (r.form) setData({ state: 'ready', value: r.form });
            else setWant({ id: r.contactId, n: want.n + 1 });
          } else {
            // Added: the form clears for the next person; the one just added is a link away.
            setAdded({ contactId: r.contactId, name: r.form?.contact?.name ?? '' });
            if (r.form) {
              setData({ state: 'ready', value: { ...r.form, contact: null } });
              setFormKey((k) => k + 1);
            } else setWant({ id: '', n: want.n + 1, blank: true });
          }
          setFormKey((k) => k + 1);
        }}
      />
    </div>
  );
}
