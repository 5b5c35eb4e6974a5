// A searchable choice of one contact, for any panel: a search box narrows a
// native drop-down (so keyboard use and screen readers work as they always do).
// The value is a Contact ID; a value that is not one (a name typed in the sheet) is still shown.
import { useState } from 'preact/hooks';
import type { ContactSummary } from '../../shared/contacts';
import { describedBy } from './FormFields';

export interface ContactPickerProps {
  contacts: ContactSummary[];
  /** The chosen Contact ID, '' for none. */
  value: string;
  onChange: (contactId: string) => void;
  label: string;
  /** Id of the drop-down (the search box gets `${id}-search`). */
  id?: string;
  /** The first option, meaning "none". */
  blank?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Contacts not to offer (a contact cannot refer themselves). */
  exclude?: string;
}

export function contactLabel(c: ContactSummary): string {
  const where = [c.title, c.company].filter(Boolean).join(', ');
  return `${c.name || '(no name)'}${where ? ` · ${where}` : ''} (${c.contactId})`;
}

function matches(c: ContactSummary, q: string): boolean {
  return `${c.name} ${c.title} ${c.company} ${c.contactId}`.toLowerCase().indexOf(q) >= 0;
}

export function ContactPicker(p: ContactPickerProps) {
  const id = p.id ?? 'contact-picker';
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const offered = p.contacts.filter((c) => c.contactId !== p.exclude);
  const shown = q ? offered.filter((c) => matches(c, q) || c.contactId === p.value) : offered;
  const unknown = p.value !== '' && !p.contacts.some((c) => c.contactId === p.value);
  const found = q ? shown.filter((c) => c.contactId !== p.value || matches(c, q)).length : -1;

  return (
    <div class={p.error ? 'field contact-picker invalid' : 'field contact-picker'}>
      <label for={id}>
        {p.label}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        class="picker-search"
        placeholder="Search by name or company"
        aria-label={`Search ${p.label}`}
        aria-controls={id}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          // Enter picks the first match instead of submitting the form.
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const first = shown.find((c) => matches(c, q));
          if (first) p.onChange(first.contactId);
        }}
      />
      <select
        id={id}
        name={id}
        value={p.value}
        required={p.required}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(id, p.error, p.hint)}
        onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{p.blank ?? 'Choose a contact…'}</option>
        {unknown && <option value={p.value}>{p.value} (not a Contact ID in the sheet)</option>}
        {shown.map((c) => (
          <option key={c.contactId} value={c.contactId}>
            {contactLabel(c)}
          </option>
        ))}
      </select>
      {q && (
        <p class="hint secondary" aria-live="polite">
          {found === 0 ? 'No contact matches.' : `${found} match${found === 1 ? '' : 'es'}.`}
        </p>
      )}
      {p.hint && (
        <p id={`${id}-hint`} class="hint secondary">
          {p.hint}
        </p>
      )}
      {p.error && (
        <p id={`${id}-error`} class="error field-error">
          {p.error}
        </p>
      )}
    </div>
  );
}
