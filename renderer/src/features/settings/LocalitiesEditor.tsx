// Runs in: renderer. The municipality's places (orter och byar), one per line: the visit filters and
// the overview's "not visited this year" list are built from them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { ErrorBanner } from '../../ui/Page';
import { TextArea } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

/** Lines → names: trimmed, empty lines dropped, duplicates (any case) kept once. */
export function parseLocalities(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const name = line.trim();
    const key = name.toLocaleLowerCase('sv');
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

export function LocalitiesEditor({ localities }: { localities: string[] }) {
  const { t } = useTranslation('settings');
  const toast = useToast();
  const [text, setText] = useState(() => localities.join('\n'));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const names = parseLocalities(text);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const result = await mutate('localities:set', { names });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setText(result.value.join('\n'));
    toast.success(t('localities.saved', { count: result.value.length }));
  };

  const fieldError = error?.fields ? Object.values(error.fields)[0] : undefined;
  return (
    <form
      className="form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="settings-localities"
    >
      <h2 id="settings-localities" className="wide form-heading">
        {t('localities.title')}
      </h2>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <div className="wide">
        <TextArea
          label={t('localities.label')}
          hint={t('localities.hint', { count: names.length })}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('localities.save')}
        </button>
      </div>
    </form>
  );
}
