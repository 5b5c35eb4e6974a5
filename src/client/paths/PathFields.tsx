// The meeting form's two path questions, as one block the form renders: which
// path the conversation was about (the contact's Title in their Industry until
// the student types their own, earlier paths offered) and how interested the
// student is in it now (1-5, optional).
import { useEffect, useRef, useState } from 'preact/hooks';
import { INTEREST } from '../../shared/schema';
import type { PathChoices } from '../../shared/paths';
import { rpc } from '../rpc';
import { describedBy, FieldShell, SelectField } from '../ui';

const SHOWN = 6;

export interface PathFieldsProps {
  contactId: string;
  path: string;
  interest: string;
  onPath: (v: string) => void;
  onInterest: (v: string) => void;
  errors: Record<string, string>;
  /** Field ids: `${prefix}-path`, `${prefix}-interest` (the form's error focus finds them). */
  prefix: string;
  /** The choices when the form brought them (one round trip to open); else fetched. */
  choices?: PathChoices;
}

export function PathFields(p: PathFieldsProps) {
  const [choices, setChoices] = useState<PathChoices | null>(p.choices ?? null);
  // Once the student types a path, a change of contact no longer replaces it.
  const typed = useRef(false);
  useEffect(() => {
    if (p.choices) return;
    rpc.getPathChoices().then(setChoices, () => setChoices({ names: [], defaults: {} }));
  }, []);
  useEffect(() => {
    if (!choices || typed.current) return;
    const d = choices.defaults[p.contactId] ?? '';
    if (d !== p.path) p.onPath(d);
  }, [choices, p.contactId]);

  const id = `${p.prefix}-path`;
  const listId = `${id}-earlier`;
  const earlier = (choices?.names ?? []).filter((n) => n !== p.path).slice(0, SHOWN);
  const hint = "Default: the contact's title in their industry. Edit it to name the path in your words.";
  return (
    <fieldset class="path-fields">
      <legend>The path this was about</legend>
      <FieldShell id={id} label="Which path was this about?" error={p.errors.path} hint={hint}>
        <input
          id={id}
          name={id}
          type="text"
          list={listId}
          value={p.path}
          autoComplete="off"
          aria-invalid={p.errors.path ? 'true' : undefined}
          aria-describedby={describedBy(id, p.errors.path, hint)}
          onInput={(e) => {
            typed.current = true;
            p.onPath((e.currentTarget as HTMLInputElement).value);
          }}
        />
        <datalist id={listId}>
          {(choices?.names ?? []).map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </FieldShell>
      {earlier.length > 0 && (
        <div class="path-earlier" role="group" aria-label="Your earlier paths">
          <span class="secondary">Earlier paths: </span>
          {earlier.map((n) => (
            <button
              type="button"
              class="link"
              key={n}
              onClick={() => {
                typed.current = true;
                p.onPath(n);
              }}
            >
              {n}
            </button>
          ))}
        </div>
      )}
      <SelectField
        id={`${p.prefix}-interest`}
        label="How interested are you in it now?"
        value={p.interest}
        onValue={p.onInterest}
        options={INTEREST}
        blank="Not said"
        error={p.errors.interest}
        hint="1 = not for me, 5 = very interested. Optional."
      />
    </fieldset>
  );
}
