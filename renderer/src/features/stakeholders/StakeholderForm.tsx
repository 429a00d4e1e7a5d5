// Runs in: renderer. The stakeholder form (person or organisation) with categories, flags and the
// GDPR fields; the core's field messages are shown on the fields.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderInput } from '../../../../shared/contract/stakeholders';
import {
  actorCategories,
  actorFlags,
  type ActorCategory,
} from '../../../../shared/domain/actorCategories';
import {
  legalBases,
  type LegalBasis,
  type Stakeholder,
  type StakeholderKind,
} from '../../../../shared/domain/stakeholders';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/fields';
import { LocalityDatalist } from '../../ui/LocalityDatalist';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { CompanyPicker } from '../companies/CompanyPicker';

interface Draft {
  kind: StakeholderKind;
  name: string;
  organisation: string;
  roleTitle: string;
  phone: string;
  email: string;
  locality: string;
  notes: string;
  categories: ActorCategory[];
  keyActor: boolean;
  champion: boolean;
  legalBasis: LegalBasis;
  purpose: string;
  companyId: string | null;
}

const toDraft = (s?: Stakeholder): Draft => ({
  kind: s?.kind ?? 'person',
  name: s?.name ?? '',
  organisation: s?.organisation ?? '',
  roleTitle: s?.roleTitle ?? '',
  phone: s?.phone ?? '',
  email: s?.email ?? '',
  locality: s?.locality ?? '',
  notes: s?.notes ?? '',
  categories: s?.categories ?? [],
  keyActor: s?.keyActor ?? false,
  champion: s?.champion ?? false,
  legalBasis: s?.legalBasis ?? 'public_task',
  purpose: s?.purpose ?? '',
  companyId: s?.companyId ?? null,
});

const kinds: StakeholderKind[] = ['person', 'organisation'];

export function StakeholderForm({ existing }: { existing?: Stakeholder }) {
  const { t } = useTranslation('stakeholders');
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(() => toDraft(existing));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  // After the frame's own effect, which puts the focus on the page title when the section changes.
  useEffect(() => {
    if (existing) return undefined;
    const timer = window.setTimeout(() => nameRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [existing]);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const fieldError = (key: string) => error?.fields?.[key];
  const text = (key: 'name' | 'organisation' | 'roleTitle' | 'phone' | 'email' | 'locality') => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    error: fieldError(key),
    label: t(`fields.${key}`),
  });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const input: StakeholderInput = { ...draft };
    const result = existing
      ? await mutate('stakeholders:update', { ...input, id: existing.id })
      : await mutate('stakeholders:create', input);
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('toast.saved', { ns: 'common' }));
    navigate('stakeholders', result.value.id);
  };

  const toggleCategory = (id: ActorCategory, on: boolean) =>
    set('categories', on ? [...draft.categories, id] : draft.categories.filter((c) => c !== id));

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void save(e)} noValidate>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <TextField ref={nameRef} {...text('name')} required autoComplete="off" />
      <fieldset className="radio-row">
        <legend>{t('fields.kind')}</legend>
        {kinds.map((k) => (
          <label key={k} className="check-label">
            <input
              type="radio"
              name="stakeholder-kind"
              value={k}
              checked={draft.kind === k}
              onChange={() => set('kind', k)}
            />
            {t(`kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <TextField {...text('organisation')} />
      <TextField {...text('roleTitle')} />
      <TextField {...text('phone')} type="tel" />
      <TextField {...text('email')} type="email" />
      <TextField
        {...text('locality')}
        list="stakeholder-form-localities"
        hint={t('hints.locality')}
      />
      <LocalityDatalist id="stakeholder-form-localities" />
      <CompanyPicker
        label={t('fields.company')}
        value={draft.companyId}
        onChange={(id) => set('companyId', id)}
        error={fieldError('companyId')}
      />
      <fieldset className="wide" aria-describedby="stakeholder-categories-hint">
        <legend>{t('fields.categories')}</legend>
        <p className="field-hint" id="stakeholder-categories-hint">
          {t('hints.categories')}
        </p>
        <div className="checkbox-grid">
          {actorCategories.map((c) => (
            <CheckboxField
              key={c.id}
              label={label(c)}
              checked={draft.categories.includes(c.id)}
              onChange={(e) => toggleCategory(c.id, e.target.checked)}
            />
          ))}
        </div>
        {fieldError('categories') && (
          <div className="field-error" role="alert">
            {fieldError('categories')}
          </div>
        )}
      </fieldset>
      <fieldset className="wide">
        <legend>{t('fields.flags')}</legend>
        <div className="checkbox-grid">
          {actorFlags.map((f) => (
            <CheckboxField
              key={f.id}
              label={label(f)}
              hint={t(`hints.${f.id}`)}
              checked={draft[f.id]}
              onChange={(e) => set(f.id, e.target.checked)}
            />
          ))}
        </div>
      </fieldset>
      <div className="wide">
        <TextArea
          label={t('fields.notes')}
          value={draft.notes}
          onChange={(e) => set('notes', e.target.value)}
          error={fieldError('notes')}
        />
      </div>
      <SelectField
        label={t('fields.legalBasis')}
        value={draft.legalBasis}
        onChange={(e) => set('legalBasis', e.target.value as LegalBasis)}
        options={legalBases.map((b) => ({ value: b.id, label: label(b) }))}
        hint={t('hints.legalBasis')}
        error={fieldError('legalBasis')}
      />
      <TextField
        label={t('fields.purpose')}
        value={draft.purpose}
        onChange={(e) => set('purpose', e.target.value)}
        hint={t('hints.purpose')}
        error={fieldError('purpose')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('actions.save', { ns: 'common' })}
        </button>
        <a
          className="button"
          href={existing ? href('stakeholders', existing.id) : href('stakeholders')}
        >
          {t('actions.cancel', { ns: 'common' })}
        </a>
      </div>
    </form>
  );
}
