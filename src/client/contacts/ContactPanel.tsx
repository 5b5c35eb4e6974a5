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
  // Which contact to load: '' is the active row. Bumping n reloads (retry, after a save).
  const [want, setWant] = useState({ id: '', n: 0 });
  const [message, setMessage] = useState('');
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    let live = true;
    setData({ state: 'loading' });
    rpc.getContactForm(want.id).then(
      (value) => live && setData({ state: 'ready', value }),
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
        <p class="summary" role="status">
          {message}
        </p>
      )}
      <ContactForm
        key={`${editing?.contactId ?? 'new'}-${formKey}`}
        data={d}
        onSaved={(r) => {
          setMessage(r.message);
          // The save returns the form as it now reads: shown without asking the server again.
          if (r.form) setData({ state: 'ready', value: r.form });
          else setWant({ id: r.contactId, n: want.n + 1 });
          setFormKey((k) => k + 1);
        }}
      />
    </div>
  );
}
