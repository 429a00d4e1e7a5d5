// Runs in: renderer. A form's save error split into field messages and the rest, and the focus moved
// to the first invalid field so the officer sees at once what to fix.
import { useState, type RefObject } from 'react';
import type { AppError } from '../../../../shared/errors';

export function useFormErrors(shownFields: readonly string[]) {
  const [error, setError] = useState<AppError | null>(null);
  const fields = error?.fields ?? {};
  const fieldError = (name: string): string | undefined =>
    fields[name] ?? Object.entries(fields).find(([key]) => key.startsWith(`${name}.`))?.[1];
  const otherErrors = Object.entries(fields).filter(
    ([key]) => !shownFields.some((f) => key === f || key.startsWith(`${f}.`)),
  );
  const fail = (err: AppError, form: RefObject<HTMLFormElement | null>) => {
    setError(err);
    window.setTimeout(
      () => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      0,
    );
  };
  return { error, setError, fieldError, otherErrors, fail };
}

/** Enter in a one-line field must not save a half-written form; Ctrl+Enter or the button does. */
export function saveKeys(save: () => void) {
  return (e: React.KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      save();
    } else if (e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') {
      e.preventDefault();
    }
  };
}
