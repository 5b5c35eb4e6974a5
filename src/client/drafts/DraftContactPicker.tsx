// Which contact a draft is for: preselected from the active row, changeable here.
import type { ContactSummary } from '../../shared/contacts';
import { ContactPicker } from '../ui';

export function DraftContactPicker(props: { contacts: ContactSummary[]; value: string; onChange: (contactId: string) => void }) {
  const { contacts, value, onChange } = props;
  if (contacts.length === 0) {
    return <p class="secondary">No contacts yet. Add someone to the Contacts tab first.</p>;
  }
  return (
    <div class="block">
      <ContactPicker id="draft-contact" label="Contact" contacts={contacts} value={value} onChange={(id) => id && onChange(id)} />
    </div>
  );
}
