// Runs in: renderer. Logging or editing a visit, built for the keyboard: focus starts in the company
// picker, every part is reachable with Tab, and Ctrl+Enter saves from anywhere in the form.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { CheckboxField, TextArea, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { CompanyPicker } from './CompanyPicker';
import { ParticipantsField } from './ParticipantsField';
import { SatisfactionField } from './SatisfactionField';
import { TopicsField } from './TopicsField';
import { useTopics } from './useTopics';
import { toVisitInput, type VisitFormState } from './visitFormState';

interface Props {
  initial: VisitFormState;
  /** Set when editing a saved visit. */
  visitId?: string;
}

/** Field names the form shows errors on; anything else goes to the summary. */
const shownFields = [
  'companyId',
  'visitDate',
  'purpose',
  'notes',
  'topics',
  'participants',
  'ourParticipants',
  'obstacles',
  'followUpNote',
  'satisfaction',
];

export function VisitForm({ initial, visitId }: Props) {
  const { t } = useTranslation('visits');
  const toast = useToast();
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const savingRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const companyRef = useRef<HTMLInputElement>(null);
  const topics = useTopics();

  useEffect(() => {
    // After the frame has focused the page heading on a section change.
    const timer = window.setTimeout(() => companyRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const set = <K extends keyof VisitFormState>(key: K, value: VisitFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  const fields = error?.fields ?? {};
  const fieldError = (name: string): string | undefined =>
    fields[name] ?? Object.entries(fields).find(([key]) => key.startsWith(`${name}.`))?.[1];
  const otherErrors = Object.entries(fields).filter(
    ([key]) => !shownFields.some((f) => key === f || key.startsWith(`${f}.`)),
  );

  const focusFirstInvalid = () =>
    window.setTimeout(
      () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      0,
    );

  const save = async () => {
    if (savingRef.current) return;
    if (!state.company) {
      setError({
        code: 'VALIDATION',
        message: t('form.fixErrors'),
        fields: { companyId: t('form.chooseCompany') },
      });
      focusFirstInvalid();
      return;
    }
    savingRef.current = true;
    setSaving(true);
    const input = toVisitInput(state);
    const result = visitId
      ? await mutate('visits:update', { ...input, id: visitId })
      : await mutate('visits:create', input);
    savingRef.current = false;
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      focusFirstInvalid();
      return;
    }
    toast.success(t('form.saved'));
    navigate('visits', result.value.id);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      void save();
    } else if (e.target instanceof HTMLInputElement) {
      // Enter in a single-line field must not save a half-written visit; Ctrl+Enter or the button does.
      e.preventDefault();
    }
  };

  return (
    <Page title={visitId ? t('form.editTitle') : t('form.newTitle')} subtitle={t('form.shortcut')}>
      <form
        ref={formRef}
        className="form visit-form"
        noValidate
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        aria-label={visitId ? t('form.editTitle') : t('form.newTitle')}
      >
        {error && (
          <div className="wide">
            <ErrorBanner error={error} />
            {otherErrors.length > 0 && (
              <ul className="field-error">
                {otherErrors.map(([key, message]) => (
                  <li key={key}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="visit-form-top wide">
          <TextField
            label={t('form.date')}
            hint={t('form.dateHint')}
            type="date"
            required
            value={state.visitDate}
            onChange={(e) => set('visitDate', e.target.value)}
            error={fieldError('visitDate')}
          />
          <CompanyPicker
            label={t('form.company')}
            hint={t('form.companyHint')}
            required
            inputRef={companyRef}
            value={state.company}
            onChange={(company) => set('company', company)}
            error={fieldError('companyId')}
          />
        </div>
        <div className="wide">
          <TextField
            label={t('form.purpose')}
            value={state.purpose}
            maxLength={500}
            onChange={(e) => set('purpose', e.target.value)}
            error={fieldError('purpose')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('form.notes')}
            rows={8}
            className="notes-input"
            value={state.notes}
            onChange={(e) => set('notes', e.target.value)}
            error={fieldError('notes')}
          />
        </div>
        <TopicsField
          options={topics.options}
          labelOf={topics.labelOf}
          value={state.topics}
          onChange={(v) => set('topics', v)}
        />
        {fieldError('topics') && <div className="field-error wide">{fieldError('topics')}</div>}
        <ParticipantsField
          companyId={state.company?.id ?? null}
          value={state.participants}
          onChange={(v) => set('participants', v)}
          error={fieldError('participants')}
        />
        <div className="wide">
          <TextField
            label={t('form.ourParticipants')}
            value={state.ourParticipants}
            onChange={(e) => set('ourParticipants', e.target.value)}
            error={fieldError('ourParticipants')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('form.obstacles')}
            hint={t('form.obstaclesHint')}
            rows={3}
            value={state.obstaclesText}
            onChange={(e) => set('obstaclesText', e.target.value)}
            error={fieldError('obstacles')}
          />
        </div>
        <div className="follow-up-group">
          <CheckboxField
            label={t('form.followUpNeeded')}
            checked={state.followUpNeeded}
            onChange={(e) => set('followUpNeeded', e.target.checked)}
          />
          {state.followUpNeeded && (
            <>
              <TextField
                label={t('form.followUpNote')}
                value={state.followUpNote}
                onChange={(e) => set('followUpNote', e.target.value)}
                error={fieldError('followUpNote')}
              />
              {visitId && (
                <CheckboxField
                  label={t('form.followUpDone')}
                  checked={state.followUpDone}
                  onChange={(e) => set('followUpDone', e.target.checked)}
                />
              )}
            </>
          )}
        </div>
        <SatisfactionField
          value={state.satisfaction}
          onChange={(v) => set('satisfaction', v)}
          error={fieldError('satisfaction')}
        />
        <div className="wide">
          <CheckboxField
            label={t('form.confidential')}
            hint={t('form.confidentialHint')}
            checked={state.confidential}
            onChange={(e) => set('confidential', e.target.checked)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('actions.saving', { ns: 'common' }) : t('form.save')}
          </button>
          <a className="button" href={visitId ? href('visits', visitId) : href('visits')}>
            {t('actions.cancel', { ns: 'common' })}
          </a>
          <span className="field-hint form-shortcut" aria-hidden="true">
            {t('form.shortcutShort')}
          </span>
        </div>
      </form>
    </Page>
  );
}
