// One unusable field never costs a contact: the person is imported without it,
// and the preview and the result say which field was left out and why.
import { cellFault } from '../contacts';
import type { Contact } from '../schema';

/** The fields an export's cell can hold something unusable in. */
export type CheckedField = 'email' | 'linkedin' | 'phone';

export interface LeftOut {
  field: CheckedField;
  /** Short, for "imported without: email (not an address)". */
  reason: string;
}

const CHECKED: readonly CheckedField[] = ['email', 'linkedin', 'phone'];

const WHY: Record<string, string> = {
  email: 'not an address',
  linkedin: 'not a LinkedIn profile address',
  phone: 'not a phone number',
};

/** The contact with its unusable fields removed, and what was removed. */
export function withoutUnusable<T extends Partial<Contact>>(contact: T): { contact: T; without: LeftOut[] } {
  const out = { ...contact };
  const without: LeftOut[] = [];
  for (const field of CHECKED) {
    const v = out[field];
    if (typeof v !== 'string' || !v.trim() || !cellFault(field, v)) continue;
    delete out[field];
    without.push({ field, reason: WHY[field] });
  }
  return { contact: out, without };
}

/** "email (not an address), phone (not a phone number)". */
export function describeLeftOut(without: readonly LeftOut[]): string {
  return without.map((w) => `${w.field === 'linkedin' ? 'LinkedIn' : w.field} (${w.reason})`).join(', ');
}
