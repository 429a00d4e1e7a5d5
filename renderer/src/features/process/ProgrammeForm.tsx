// Runs in: renderer. A programme's name, period and status: the first programme, a new one (e.g.
// a revision), or the details of an existing one. Kept to one small form.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeStatuses, type Programme } from '../../../../shared/domain/process';
import type { ProgrammeStatus } from '../../../../shared/domain/process';
import type { AppError } from '../../../../shared/errors';
import { navigate } from '../../app/router';
import { label } from '../../i18n';
import { CheckboxField, SelectField, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

interface Props {
  existing?: Programme;
  /** The first programme is always current; later ones ask. */
  first?: boolean;
}

export function ProgrammeForm({ existing, first }: Props) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const [name, setName] = useState(existing?.name ?? '');
  const [periodStart, setPeriodStart] = useState(existing?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(existing?.periodEnd ?? '');
  const [status, setStatus] = useState<ProgrammeStatus>(existing?.status ?? 'draft');
  const [makeCurrent, setMakeCurrent] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // After the frame's own effect, which focuses the page title when the section changes.
  useEffect(() => {
    if (existing) return undefined;
    const timer = window.setTimeout(() => nameRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [existing]);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = existing
      ? await mutate('programmes:update', { id: existing.id, name, periodStart, periodEnd, status })
      : await mutate('programmes:create', {
          name,
          periodStart,
          periodEnd,
          status,
          makeCurrent: first ? true : makeCurrent,
        });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(
      existing
        ? t('toast.saved', { ns: 'common' })
        : t('programme.created', { name: result.value.name }),
    );
    navigate('process');
  };

  const fieldError = (key: string) => error?.fields?.[key];

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void save(e)} noValidate>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <div className="wide">
        <TextField
          ref={nameRef}
          label={t('programme.fields.name')}
          placeholder={t('programme.fields.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
          required
          autoComplete="off"
        />
      </div>
      <TextField
        label={t('programme.fields.periodStart')}
        value={periodStart}
        onChange={(e) => setPeriodStart(e.target.value)}
        error={fieldError('periodStart')}
        hint={t('programme.fields.periodHint')}
        inputMode="numeric"
        placeholder="2027"
        required
      />
      <TextField
        label={t('programme.fields.periodEnd')}
        value={periodEnd}
        onChange={(e) => setPeriodEnd(e.target.value)}
        error={fieldError('periodEnd')}
        hint={t('programme.fields.periodHint')}
        inputMode="numeric"
        placeholder="2030"
        required
      />
      {!first && (
        <SelectField
          label={t('programme.fields.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as ProgrammeStatus)}
          error={fieldError('status')}
          options={programmeStatuses.map((s) => ({ value: s.id, label: label(s) }))}
        />
      )}
      {!existing && !first && (
        <div className="wide">
          <CheckboxField
            label={t('programme.makeCurrent')}
            checked={makeCurrent}
            onChange={(e) => setMakeCurrent(e.target.checked)}
          />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving
            ? t('actions.saving', { ns: 'common' })
            : existing
              ? t('actions.save', { ns: 'common' })
              : t('programme.create')}
        </button>
        {!first && (
          <button type="button" className="button" onClick={() => navigate('process')}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
        )}
      </div>
    </form>
  );
}
