// The state every sidebar form shares: field errors shown on leaving a field
// and cleared as soon as it is fixed, then a save that is refused in the
// sidebar on the same rules, sent once, and answered with field errors or a failure.
import { useState } from 'preact/hooks';
import type { SaveResult } from '../../shared/contacts';
import { focusFirstError } from './FormFields';

type Errors = Record<string, string>;
type Saved = Extract<SaveResult, { ok: true }>;

export function useFormState<V>(opts: { check: (values: V) => Errors; order: readonly string[]; idOf: (key: string) => string }) {
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');

  /** Re-judges one field; `onlyIfShown` while typing, so a message does not appear mid-word. */
  const recheck = (key: string, values: V, onlyIfShown: boolean) => {
    if (onlyIfShown && !errors[key]) return;
    const msg = opts.check(values)[key];
    setErrors((prev) => {
      const next = { ...prev };
      if (msg) next[key] = msg;
      else delete next[key];
      return next;
    });
  };

  const showErrors = (found: Errors) => {
    setErrors(found);
    focusFirstError(found, opts.order, opts.idOf);
  };

  /** Checks the values; if they pass, sends them and reports the outcome. Returns false when refused here. */
  const submit = (values: V, send: () => Promise<SaveResult>, onSaved: (r: Saved) => void): boolean => {
    const problems = opts.check(values);
    if (Object.keys(problems).length) {
      showErrors(problems);
      return false;
    }
    setSaving(true);
    setFailure('');
    send().then(
      (r) => {
        setSaving(false);
        if (r.ok) onSaved(r);
        else showErrors(r.errors);
      },
      (e: Error) => {
        setSaving(false);
        setFailure(e.message);
      },
    );
    return true;
  };

  return { errors, saving, failure, recheck, submit };
}
