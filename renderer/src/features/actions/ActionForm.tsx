// Runs in: renderer. A new or changed action with everything the plan asks of it: who, what, when,
// how and why (I13), goals and partners, status with its rules, resources and marks. Focus lands on
// "Vad", every part is reachable with Tab, and Ctrl+Enter saves from anywhere in the form.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionKinds,
  actionStatuses,
  ambitionMarks,
  missingParts,
  realismMarks,
  responsibleOrgKinds,
  type ActionOrigin,
} from '../../../../shared/domain/actions';
import type { AppError } from '../../../../shared/errors';
import { navigate } from '../../app/router';
import { label } from '../../i18n';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { toActionFields, type ActionFormState } from './actionFormState';
import { monthName, partsLabel } from './labels';
import { ContributorsField, PeopleField, ResponsibleField } from './PersonPicker';

interface Props {
  programmeId: string;
  initial: ActionFormState;
  /** Set when editing a saved action. */
  actionId?: string;
  /** Where a new action comes from (kept with it). */
  origin?: Pick<ActionOrigin, 'kind' | 'refId' | 'note'>;
  /** Shown above the form, e.g. the obstacle the action answers. */
  context?: string;
}

/** Fields the form shows errors on; anything else goes to the summary. */
const shownFields = [
  'what',
  'why',
  'how',
  'focusAreaId',
  'responsibleStakeholderId',
  'responsibleName',
  'startDate',
  'dueDate',
  'droppedReason',
  'learningNote',
  'annualMonth',
  'hoursPlanned',
  'hoursSpent',
  'costPlanned',
  'costSpent',
  'goalIds',
  'partners',
  'contributors',
];

export function ActionForm({ programmeId, initial, actionId, origin, context }: Props) {
  const { t } = useTranslation('actions');
  const toast = useToast();
  const options = useQuery('actions:options', { programmeId });
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const savingRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const whatRef = useRef<HTMLInputElement>(null);
  const title = actionId ? t('form.editTitle') : t('form.newTitle');

  useEffect(() => {
    // After the frame has focused the page heading on a section change.
    const timer = window.setTimeout(() => whatRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const set = <K extends keyof ActionFormState>(key: K, value: ActionFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  const fields = error?.fields ?? {};
  const fieldError = (name: string): string | undefined =>
    fields[name] ?? Object.entries(fields).find(([key]) => key.startsWith(`${name}.`))?.[1];
  const otherErrors = Object.entries(fields).filter(
    ([key]) => !shownFields.some((f) => key === f || key.startsWith(`${f}.`)),
  );

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    const input = toActionFields(state);
    const result = actionId
      ? await mutate('actions:update', { ...input, id: actionId })
      : await mutate('actions:create', {
          ...input,
          programmeId,
          origins: origin ? [origin] : [],
        });
    savingRef.current = false;
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      window.setTimeout(
        () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        0,
      );
      return;
    }
    toast.success(t('form.saved'));
    navigate('actions', result.value.id);
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
    } else if (e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') {
      // Enter in a one-line field must not save a half-written action; Ctrl+Enter or the button does.
      e.preventDefault();
    }
  };

  const areas = options.data?.focusAreas ?? [];
  const allGoals = options.data?.goals ?? [];
  const goals = state.focusAreaId
    ? allGoals.filter((g) => g.focusAreaId === state.focusAreaId || state.goalIds.includes(g.id))
    : allGoals;
  const missing = missingParts({
    what: state.what,
    why: state.why,
    how: state.how,
    responsibleName: state.responsible.name,
    responsibleStakeholderId: state.responsible.stakeholderId,
    startDate: state.startDate || null,
    dueDate: state.dueDate || null,
    kind: state.kind,
    annualMonth: state.annualMonth ? Number(state.annualMonth) : null,
  });
  const ending = state.status === 'done' || state.status === 'dropped';
  const markOptions = (marks: typeof realismMarks | typeof ambitionMarks) => [
    { value: '', label: t('form.noMark') },
    ...marks.map((m) => ({ value: String(m.value), label: `${m.value} – ${label(m)}` })),
  ];
  const amount = (key: 'hoursPlanned' | 'hoursSpent' | 'costPlanned' | 'costSpent') => (
    <TextField
      label={t(`form.${key}`)}
      inputMode="decimal"
      value={state[key]}
      onChange={(e) => set(key, e.target.value)}
      error={fieldError(key)}
    />
  );

  return (
    <Page title={title} subtitle={t('form.shortcut')}>
      {context && <div className="banner banner-info">{context}</div>}
      <form
        ref={formRef}
        className="form action-form"
        noValidate
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        aria-label={title}
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
        <h2 className="form-heading wide">{t('form.sections.what')}</h2>
        <div className="wide">
          <TextField
            ref={whatRef}
            label={t('form.what')}
            required
            maxLength={500}
            value={state.what}
            onChange={(e) => set('what', e.target.value)}
            error={fieldError('what')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('form.why')}
            hint={t('form.whyHint')}
            rows={3}
            value={state.why}
            onChange={(e) => set('why', e.target.value)}
            error={fieldError('why')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('form.how')}
            hint={t('form.howHint')}
            rows={3}
            value={state.how}
            onChange={(e) => set('how', e.target.value)}
            error={fieldError('how')}
          />
        </div>
        <SelectField
          label={t('form.focusArea')}
          value={state.focusAreaId}
          onChange={(e) => set('focusAreaId', e.target.value)}
          error={fieldError('focusAreaId')}
          options={[
            { value: '', label: t('noFocusArea') },
            ...areas.map((a) => ({
              value: a.id,
              label: a.candidate ? `${a.name} ${t('candidate')}` : a.name,
            })),
          ]}
        />

        <h2 className="form-heading wide">{t('form.sections.who')}</h2>
        <ResponsibleField
          label={t('form.responsible')}
          value={state.responsible}
          onChange={(v) => set('responsible', v)}
          error={fieldError('responsibleStakeholderId') ?? fieldError('responsibleName')}
        />
        <SelectField
          label={t('form.orgKind')}
          value={state.responsibleOrgKind}
          onChange={(e) =>
            set('responsibleOrgKind', e.target.value as ActionFormState['responsibleOrgKind'])
          }
          options={responsibleOrgKinds.map((k) => ({ value: k.id, label: label(k) }))}
        />

        <h2 className="form-heading wide">{t('form.sections.when')}</h2>
        <SelectField
          label={t('form.kind')}
          value={state.kind}
          onChange={(e) => set('kind', e.target.value as ActionFormState['kind'])}
          options={actionKinds.map((k) => ({ value: k.id, label: label(k) }))}
        />
        {state.kind === 'annual' && (
          <SelectField
            label={t('form.annualMonth')}
            value={state.annualMonth}
            onChange={(e) => set('annualMonth', e.target.value)}
            error={fieldError('annualMonth')}
            options={[
              { value: '', label: t('form.noMonth') },
              ...Array.from({ length: 12 }, (_, i) => ({
                value: String(i + 1),
                label: monthName(i + 1),
              })),
            ]}
          />
        )}
        <TextField
          label={t('form.startDate')}
          type="date"
          value={state.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          error={fieldError('startDate')}
        />
        <TextField
          label={t('form.dueDate')}
          type="date"
          value={state.dueDate}
          onChange={(e) => set('dueDate', e.target.value)}
          error={fieldError('dueDate')}
        />

        <h2 className="form-heading wide">{t('form.sections.status')}</h2>
        <SelectField
          label={t('form.status')}
          value={state.status}
          onChange={(e) => set('status', e.target.value as ActionFormState['status'])}
          options={actionStatuses.map((s) => ({ value: s.id, label: `${s.icon} ${label(s)}` }))}
        />
        <CheckboxField
          label={t('form.experiment')}
          hint={t('form.experimentHint')}
          checked={state.experiment}
          onChange={(e) => set('experiment', e.target.checked)}
        />
        {state.status === 'dropped' && (
          <div className="wide">
            <TextArea
              label={t('form.droppedReason')}
              required
              rows={2}
              value={state.droppedReason}
              onChange={(e) => set('droppedReason', e.target.value)}
              error={fieldError('droppedReason')}
            />
          </div>
        )}
        {state.experiment && (
          <div className="wide">
            <TextArea
              label={t('form.learningNote')}
              required={ending}
              rows={2}
              value={state.learningNote}
              onChange={(e) => set('learningNote', e.target.value)}
              error={fieldError('learningNote')}
            />
          </div>
        )}

        <h2 className="form-heading wide">{t('form.sections.links')}</h2>
        <fieldset className="wide action-goals">
          <legend>{t('form.goals')}</legend>
          <p className="field-hint">
            {state.focusAreaId ? t('form.goalsHintArea') : t('form.goalsHintAll')}
          </p>
          {goals.length === 0 && <p className="muted">{t('form.noGoals')}</p>}
          <div className="checkbox-grid">
            {goals.map((g) => (
              <CheckboxField
                key={g.id}
                label={g.text}
                checked={state.goalIds.includes(g.id)}
                onChange={(e) =>
                  set(
                    'goalIds',
                    e.target.checked
                      ? [...state.goalIds, g.id]
                      : state.goalIds.filter((id) => id !== g.id),
                  )
                }
              />
            ))}
          </div>
          {fieldError('goalIds') && <div className="field-error">{fieldError('goalIds')}</div>}
        </fieldset>
        <div className="wide">
          <PeopleField
            label={t('form.partners')}
            hint={t('form.partnersHint')}
            value={state.partners}
            onChange={(v) => set('partners', v)}
            make={(p) => p}
            error={fieldError('partners')}
          />
        </div>
        <div className="wide">
          <ContributorsField
            value={state.contributors}
            onChange={(v) => set('contributors', v)}
            error={fieldError('contributors')}
          />
        </div>

        <h2 className="form-heading wide">{t('form.sections.resources')}</h2>
        {amount('hoursPlanned')}
        {amount('hoursSpent')}
        {amount('costPlanned')}
        {amount('costSpent')}

        <h2 className="form-heading wide">{t('form.sections.marks')}</h2>
        <SelectField
          label={t('form.realism')}
          value={state.realism}
          onChange={(e) => set('realism', e.target.value)}
          options={markOptions(realismMarks)}
        />
        <SelectField
          label={t('form.ambition')}
          value={state.ambition}
          onChange={(e) => set('ambition', e.target.value)}
          options={markOptions(ambitionMarks)}
        />

        {missing.length > 0 && (
          <p className="wide banner banner-warning" aria-live="polite">
            <span aria-hidden="true">! </span>
            {t('form.missingNow', { parts: partsLabel(missing) })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('actions.saving', { ns: 'common' }) : t('actions.save', { ns: 'common' })}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => (actionId ? navigate('actions', actionId) : window.history.back())}
          >
            {t('actions.cancel', { ns: 'common' })}
          </button>
        </div>
      </form>
    </Page>
  );
}
