// Runs in: renderer. The company form. The org. number is checked by the core: a wrong one comes
// back as a field message and the typed value stays in the field for correction.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyInput } from '../../../../shared/contract/companies';
import { sizeClasses, type Company } from '../../../../shared/domain/companies';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { LocalityDatalist } from '../../ui/LocalityDatalist';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { ContactsPicker, type ContactChoice } from './ContactsPicker';

const textKeys = [
  'name',
  'orgNumber',
  'sniCode',
  'industry',
  'sizeClass',
  'locality',
  'address',
  'postalCode',
  'city',
  'website',
  'phone',
  'email',
  'notes',
] as const;
type TextKey = (typeof textKeys)[number];
type Draft = Record<TextKey, string> & { contacts: ContactChoice[] };

function toDraft(c?: Company): Draft {
  const texts = Object.fromEntries(textKeys.map((key) => [key, c?.[key] ?? ''])) as Record<
    TextKey,
    string
  >;
  const contacts = (c?.contacts ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    detail: p.roleTitle,
  }));
  return { ...texts, contacts };
}

export function CompanyForm({ existing }: { existing?: Company }) {
  const { t } = useTranslation('companies');
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

  const field = (key: TextKey) => ({
    label: t(`fields.${key}`),
    value: draft[key],
    onChange: (e: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [key]: e.target.value })),
    error: error?.fields?.[key],
  });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const { contacts, ...texts } = draft;
    const input: CompanyInput = { ...texts, contactIds: contacts.map((c) => c.id) };
    const result = existing
      ? await mutate('companies:update', { ...input, id: existing.id })
      : await mutate('companies:create', input);
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('toast.saved', { ns: 'common' }));
    navigate('companies', result.value.id);
  };

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void save(e)} noValidate>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <TextField ref={nameRef} {...field('name')} required autoComplete="off" />
      <TextField
        {...field('orgNumber')}
        hint={t('hints.orgNumber')}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField {...field('sniCode')} hint={t('hints.sniCode')} inputMode="numeric" />
      <TextField {...field('industry')} />
      <SelectField
        {...field('sizeClass')}
        options={[
          { value: '', label: t('sizeNone') },
          ...sizeClasses.map((s) => ({ value: s.id, label: label(s) })),
          // A size class from an older import that is not in today's list is kept, not lost.
          ...(draft.sizeClass && !sizeClasses.some((s) => s.id === draft.sizeClass)
            ? [{ value: draft.sizeClass, label: draft.sizeClass }]
            : []),
        ]}
      />
      <TextField {...field('locality')} list="company-form-localities" hint={t('hints.locality')} />
      <LocalityDatalist id="company-form-localities" />
      <TextField {...field('address')} autoComplete="off" />
      <TextField {...field('postalCode')} inputMode="numeric" />
      <TextField {...field('city')} />
      <TextField {...field('website')} />
      <TextField {...field('phone')} type="tel" />
      <TextField {...field('email')} type="email" />
      <ContactsPicker
        value={draft.contacts}
        onChange={(contacts) => setDraft((d) => ({ ...d, contacts }))}
        error={error?.fields?.contactIds}
      />
      <div className="wide">
        <TextArea {...field('notes')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('actions.save', { ns: 'common' })}
        </button>
        <a className="button" href={existing ? href('companies', existing.id) : href('companies')}>
          {t('actions.cancel', { ns: 'common' })}
        </a>
      </div>
    </form>
  );
}
