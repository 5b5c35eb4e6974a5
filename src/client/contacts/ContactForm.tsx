// The contact form: every field the user edits, checked as they go with the
// same rules the server applies (validateContactInput), and saved as only the
// fields that changed, so a save never overwrites what it did not touch.
import { useMemo, useState } from 'preact/hooks';
import { CONTACT_COLUMNS, emptyRecord, type Contact, type ContactKey } from '../../shared/schema';
import { validateContactInput } from '../../shared/contacts';
import { isIsoDate } from '../../shared/dates';
import { CONTACT_FORM_FIELDS, type ContactFormData, type SaveResult } from '../../shared/contacts';
import { rpc } from '../rpc';
import { ErrorBox } from '../ui';
import { ContactPicker } from '../ui';
import { FormErrors, SelectField, TextArea, TextField } from '../ui';
import { useFormState } from '../ui';

type Values = Record<ContactKey, string>;
type Saved = Extract<SaveResult, { ok: true }>;

const SECTIONS: Array<[string, ContactKey[]]> = [
  ['Who', ['name', 'title', 'company', 'industry']],
  ['How to reach them', ['email', 'linkedin', 'phone', 'preferredMode']],
  ['How you know them', ['howFound', 'referredBy', 'priority', 'status']],
  ['Dates', ['firstContacted', 'lastContact', 'meetingDate', 'thankYouSent', 'nextFollowUp']],
  ['Notes', ['notes']],
];
const SPEC = Object.fromEntries(CONTACT_COLUMNS.map((c) => [c.key, c])) as Record<ContactKey, (typeof CONTACT_COLUMNS)[number]>;
const HINTS: Partial<Record<ContactKey, string>> = {
  linkedin: 'Their profile address, like linkedin.com/in/ana-ruiz.',
  phone: 'With the country or area code.',
  referredBy: 'Who introduced you; needed when How found is Referral.',
};
export const fieldId = (k: string) => `contact-${k}`;

function initialValues(contact: Contact | null): Values {
  const v = { ...emptyRecord(CONTACT_COLUMNS), ...(contact ?? {}) } as Values;
  if (!contact) v.status = 'To contact';
  return v;
}

export function ContactForm({ data, onSaved }: { data: ContactFormData; onSaved: (r: Saved) => void }) {
  const editingId = data.contact?.contactId ?? '';
  const initial = useMemo(() => initialValues(data.contact), [data]);
  const [values, setValues] = useState<Values>(initial);
  const [notice, setNotice] = useState('');
  // The client knows the others only as summaries: enough to resolve Referred by.
  // Duplicates of an email or profile are caught by the server's run of the same rules.
  const existing = useMemo(
    () => data.contacts.map((s) => (data.contact && s.contactId === editingId ? data.contact : ({ ...emptyRecord(CONTACT_COLUMNS), ...s } as Contact))),
    [data],
  );

  const changes = (vals: Values): Partial<Contact> => {
    const out: Partial<Contact> = {};
    for (const k of CONTACT_FORM_FIELDS) if (editingId ? vals[k] !== initial[k] : vals[k].trim() !== '') out[k] = vals[k];
    return out;
  };
  const check = (vals: Values): Record<string, string> => {
    const r = validateContactInput(changes(vals), existing, editingId || undefined);
    return r.ok ? {} : (r.errors as Record<string, string>);
  };
  const { errors, saving, failure, recheck, submit } = useFormState({ check, order: CONTACT_FORM_FIELDS, idOf: fieldId });
  const set = (k: ContactKey) => (v: string) => {
    const vals = { ...values, [k]: v };
    setValues(vals);
    setNotice('');
    recheck(k, vals, true);
  };

  const save = () => {
    const fields = changes(values);
    if (editingId && Object.keys(fields).length === 0 && Object.keys(check(values)).length === 0) {
      setNotice('Nothing has changed since the form opened.');
      return;
    }
    submit(values, () => rpc.saveContact({ contactId: editingId, fields }), onSaved);
  };

  const field = (k: ContactKey) => {
    const spec = SPEC[k];
    const common = { id: fieldId(k), label: spec.header, value: values[k], onValue: set(k), error: errors[k], hint: HINTS[k], onBlur: () => recheck(k, values, false) };
    if (k === 'referredBy') {
      return (
        <ContactPicker
          key={k}
          id={fieldId(k)}
          label={spec.header}
          blank="(nobody)"
          contacts={data.contacts}
          exclude={editingId}
          value={values.referredBy}
          onChange={set('referredBy')}
          error={errors.referredBy}
          hint={HINTS.referredBy}
        />
      );
    }
    if (spec.kind === 'list') return <SelectField key={k} {...common} options={spec.values ?? []} />;
    if (spec.kind === 'longText') return <TextArea key={k} {...common} rows={4} />;
    if (spec.kind === 'date') {
      // A date typed as text in the sheet ("next week") stays visible to be corrected.
      const asText = initial[k] !== '' && !isIsoDate(initial[k]);
      return <TextField key={k} {...common} type={asText ? 'text' : 'date'} />;
    }
    const type = spec.kind === 'email' ? 'email' : spec.kind === 'url' ? 'url' : spec.kind === 'phone' ? 'tel' : 'text';
    return <TextField key={k} {...common} type={type} required={k === 'name'} />;
  };

  return (
    <form
      class="contact-form"
      noValidate
      aria-label={editingId ? `Edit ${initial.name || editingId}` : 'New contact'}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <FormErrors errors={errors} shown={CONTACT_FORM_FIELDS} />
      {SECTIONS.map(([title, keys]) => (
        <fieldset class="block" key={title}>
          <legend>{title}</legend>
          {keys.map(field)}
        </fieldset>
      ))}
      {failure && <ErrorBox message={`Not saved: ${failure}`} onRetry={save} />}
      {notice && (
        <p class="secondary" role="status">
          {notice}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="action" disabled={saving}>
          {saving ? 'Saving…' : editingId ? 'Save changes' : 'Add contact'}
        </button>
      </div>
    </form>
  );
}
