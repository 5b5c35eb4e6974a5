// Labelled form controls for the sidebar forms: each has its label, an optional
// hint and its error message tied to it (aria-describedby), so a screen reader
// reads what is wrong with the field that has the focus.
import type { ComponentChildren } from 'preact';

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  onBlur?: () => void;
}

export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The label, the control, its hint and its error, in reading order. */
export function FieldShell(props: { id: string; label: string; error?: string; hint?: string; required?: boolean; children: ComponentChildren }) {
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={props.id}>
        {props.label}
      </label>
      {props.children}
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint secondary">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

export function TextField(p: FieldProps & { type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'number'; min?: number; max?: number; autoComplete?: string }) {
  return (
    <FieldShell {...p}>
      <input
        id={p.id}
        name={p.id}
        // Preact's types tie attributes to one input type; these fields share one element.
        type={(p.type ?? 'text') as 'text'}
        value={p.value}
        min={p.min}
        max={p.max}
        autoComplete={p.autoComplete ?? 'off'}
        required={p.required}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        onInput={(e) => p.onValue((e.currentTarget as HTMLInputElement).value)}
        onBlur={p.onBlur}
      />
    </FieldShell>
  );
}

export function TextArea(p: FieldProps & { rows?: number }) {
  return (
    <FieldShell {...p}>
      <textarea
        id={p.id}
        name={p.id}
        rows={p.rows ?? 3}
        value={p.value}
        required={p.required}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        onInput={(e) => p.onValue((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={p.onBlur}
      />
    </FieldShell>
  );
}

/**
 * A drop-down of a fixed list. A value the list lacks (typed in the sheet, or
 * misspelt) is still shown, so the user sees what is there and the error about it.
 */
export function SelectField(p: FieldProps & { options: readonly string[]; blank?: string }) {
  const extra = p.value !== '' && p.options.indexOf(p.value) < 0;
  return (
    <FieldShell {...p}>
      <select
        id={p.id}
        name={p.id}
        value={p.value}
        required={p.required}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        onChange={(e) => p.onValue((e.currentTarget as HTMLSelectElement).value)}
        onBlur={p.onBlur}
      >
        <option value="">{p.blank ?? '(none)'}</option>
        {extra && <option value={p.value}>{p.value}</option>}
        {p.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Errors for fields the form does not show (the contact was deleted, say), as one alert. */
export function FormErrors({ errors, shown }: { errors: Record<string, string>; shown: readonly string[] }) {
  const rest = Object.keys(errors).filter((k) => shown.indexOf(k) < 0);
  if (!rest.length) return null;
  return (
    <div class="error-box" role="alert">
      {rest.map((k) => (
        <p class="error" key={k}>
          {errors[k]}
        </p>
      ))}
    </div>
  );
}

/** Moves the focus to the first field with an error, so a keyboard user lands on it. */
export function focusFirstError(errors: Record<string, string>, order: readonly string[], idOf: (key: string) => string): void {
  const first = order.find((k) => errors[k]);
  if (!first) return;
  // After the render that shows the messages.
  requestAnimationFrame(() => document.getElementById(idOf(first))?.focus());
}
