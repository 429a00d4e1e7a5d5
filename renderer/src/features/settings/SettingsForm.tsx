// Runs in: renderer. The municipality and the officer: used on every document's first page. The
// language switch is saved at once, so the whole app changes language immediately.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/app';
import { municipalities } from '../../../../shared/domain/municipalities';
import type { AppError } from '../../../../shared/errors';
import { setLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/Page';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

type Draft = Omit<Settings, 'backupIntervalDays' | 'language'> & { backupIntervalDays: string };

const toDraft = (s: Settings): Draft => ({
  municipality: s.municipality,
  unit: s.unit,
  officerName: s.officerName,
  officerTitle: s.officerTitle,
  officerPhone: s.officerPhone,
  officerEmail: s.officerEmail,
  backupIntervalDays: String(s.backupIntervalDays),
});

export function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation('settings');
  const toast = useToast();
  const listId = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [language, setLang] = useState(settings.language);
  const fields = error?.fields ?? {};
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const changeLanguage = async (next: 'sv' | 'en') => {
    setLang(next);
    setLanguage(next);
    const result = await mutate('settings:update', { language: next });
    if (!result.ok) toast.error(result.error.message);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const days = Number(draft.backupIntervalDays);
    if (!Number.isInteger(days) || days < 1 || days > 30) {
      setError({
        code: 'VALIDATION',
        message: t('form.fixErrors'),
        fields: { backupIntervalDays: t('form.intervalInvalid') },
      });
      return;
    }
    setSaving(true);
    const result = await mutate('settings:update', { ...draft, backupIntervalDays: days });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('form.saved'));
  };

  return (
    <form
      className="form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="settings-general"
    >
      <h2 id="settings-general" className="wide form-heading">
        {t('form.title')}
      </h2>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <TextField
        label={t('form.municipality')}
        hint={t('form.municipalityHint')}
        list={listId}
        autoComplete="off"
        value={draft.municipality}
        onChange={(e) => set('municipality', e.target.value)}
        error={fields.municipality}
      />
      <datalist id={listId}>
        {municipalities.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <TextField
        label={t('form.unit')}
        hint={t('form.unitHint')}
        value={draft.unit}
        onChange={(e) => set('unit', e.target.value)}
        error={fields.unit}
      />
      <TextField
        label={t('form.officerName')}
        value={draft.officerName}
        onChange={(e) => set('officerName', e.target.value)}
        error={fields.officerName}
      />
      <TextField
        label={t('form.officerTitle')}
        value={draft.officerTitle}
        onChange={(e) => set('officerTitle', e.target.value)}
        error={fields.officerTitle}
      />
      <TextField
        label={t('form.officerPhone')}
        type="tel"
        value={draft.officerPhone}
        onChange={(e) => set('officerPhone', e.target.value)}
        error={fields.officerPhone}
      />
      <TextField
        label={t('form.officerEmail')}
        type="email"
        value={draft.officerEmail}
        onChange={(e) => set('officerEmail', e.target.value)}
        error={fields.officerEmail}
      />
      <SelectField
        label={t('form.language')}
        hint={t('form.languageHint')}
        value={language}
        onChange={(e) => void changeLanguage(e.target.value === 'en' ? 'en' : 'sv')}
        options={[
          { value: 'sv', label: 'Svenska' },
          { value: 'en', label: 'English' },
        ]}
      />
      <TextField
        label={t('form.backupInterval')}
        hint={t('form.backupIntervalHint')}
        type="number"
        min={1}
        max={30}
        value={draft.backupIntervalDays}
        onChange={(e) => set('backupIntervalDays', e.target.value)}
        error={fields.backupIntervalDays}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('form.save')}
        </button>
      </div>
    </form>
  );
}
