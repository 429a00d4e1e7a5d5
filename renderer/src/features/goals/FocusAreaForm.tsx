// Runs in: renderer. Creating or editing a focus area: name, why, link to the vision, nuläge →
// önskat läge, responsible, downturn and brand notes, impact and effort with the reason for the
// priority, SWOT strengths and Agenda 2030 (P02, P10, P13, P18, S13, I07, I17, I18).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { impactLevels } from '../../../../shared/domain/focusAreas';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { Agenda2030Field } from './Agenda2030Field';
import { toFocusAreaInput, type FocusAreaFormState } from './focusAreaFormState';
import type { ProgrammeRef } from './GoalsRoute';
import { ResponsibleField } from './ResponsibleField';

interface Props {
  programme: ProgrammeRef;
  initial: FocusAreaFormState;
  /** Set when editing a saved focus area. */
  areaId?: string;
}

export function FocusAreaForm({ programme, initial, areaId }: Props) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => nameRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const set = <K extends keyof FocusAreaFormState>(key: K, value: FocusAreaFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));
  const fieldError = (name: string) => error?.fields?.[name];
  const scaleOptions = [
    { value: '', label: t('area.notAssessed') },
    ...impactLevels.map((l) => ({ value: String(l.value), label: `${l.value} – ${label(l)}` })),
  ];

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = toFocusAreaInput(state);
    const result = areaId
      ? await mutate('focusAreas:update', { ...input, id: areaId })
      : await mutate('focusAreas:create', { ...input, programmeId: programme.id });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      window.setTimeout(
        () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        0,
      );
      return;
    }
    toast.success(t('area.saved', { name: result.value.name }));
    navigate('goals');
  };

  const remove = async () => {
    if (!areaId) return;
    setSaving(true);
    const result = await mutate('focusAreas:delete', { id: areaId });
    setSaving(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('toast.deleted', { ns: 'common', name: state.name }), {
      undo: () => {
        void mutate('focusAreas:restore', { id: areaId }).then((r) =>
          r.ok
            ? toast.success(t('toast.restored', { ns: 'common' }))
            : toast.error(r.error.message),
        );
      },
    });
    navigate('goals');
  };

  const title = areaId ? t('area.editTitle') : t('area.newTitle');
  return (
    <Page title={title} subtitle={programme.name}>
      <form
        ref={formRef}
        className="form goals-form"
        noValidate
        onSubmit={(e) => void save(e)}
        aria-label={title}
      >
        {error && (
          <div className="wide">
            <ErrorBanner error={error} />
          </div>
        )}
        <div className="wide">
          <TextField
            ref={nameRef}
            label={t('area.name')}
            required
            value={state.name}
            maxLength={300}
            onChange={(e) => set('name', e.target.value)}
            error={fieldError('name')}
          />
        </div>
        <div className="wide">
          <CheckboxField
            label={t('area.candidate')}
            hint={t('area.candidateHint')}
            checked={state.candidate}
            onChange={(e) => set('candidate', e.target.checked)}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('area.why')}
            hint={t('area.whyHint')}
            rows={3}
            value={state.why}
            onChange={(e) => set('why', e.target.value)}
            error={fieldError('why')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('area.visionLink')}
            hint={t('area.visionLinkHint')}
            rows={2}
            value={state.visionLink}
            onChange={(e) => set('visionLink', e.target.value)}
            error={fieldError('visionLink')}
          />
        </div>
        <TextArea
          label={t('area.currentState')}
          rows={3}
          value={state.currentState}
          onChange={(e) => set('currentState', e.target.value)}
          error={fieldError('currentState')}
        />
        <TextArea
          label={t('area.desiredState')}
          rows={3}
          value={state.desiredState}
          onChange={(e) => set('desiredState', e.target.value)}
          error={fieldError('desiredState')}
        />
        <div className="wide">
          <ResponsibleField
            stakeholderId={state.responsibleStakeholderId}
            name={state.responsibleName}
            onChange={(v) =>
              setState((s) => ({
                ...s,
                responsibleStakeholderId: v.stakeholderId,
                responsibleName: v.name,
              }))
            }
            error={fieldError('responsibleStakeholderId') ?? fieldError('responsibleName')}
          />
        </div>
        <SelectField
          label={t('area.impact')}
          hint={t('area.impactHint')}
          options={scaleOptions}
          value={state.impact}
          onChange={(e) => set('impact', e.target.value)}
          error={fieldError('impact')}
        />
        <SelectField
          label={t('area.effort')}
          hint={t('area.effortHint')}
          options={scaleOptions}
          value={state.effort}
          onChange={(e) => set('effort', e.target.value)}
          error={fieldError('effort')}
        />
        <div className="wide">
          <TextArea
            label={t('area.priorityReason')}
            hint={t('area.priorityReasonHint')}
            rows={2}
            value={state.priorityReason}
            onChange={(e) => set('priorityReason', e.target.value)}
            error={fieldError('priorityReason')}
          />
        </div>
        <TextArea
          label={t('area.swotStrength')}
          hint={t('area.swotStrengthHint')}
          rows={2}
          value={state.swotStrengthNote}
          onChange={(e) => set('swotStrengthNote', e.target.value)}
          error={fieldError('swotStrengthNote')}
        />
        <TextArea
          label={t('area.downturn')}
          hint={t('area.downturnHint')}
          rows={2}
          value={state.downturnNote}
          onChange={(e) => set('downturnNote', e.target.value)}
          error={fieldError('downturnNote')}
        />
        <div className="wide">
          <TextArea
            label={t('area.brand')}
            hint={t('area.brandHint')}
            rows={2}
            value={state.brandNote}
            onChange={(e) => set('brandNote', e.target.value)}
            error={fieldError('brandNote')}
          />
        </div>
        <Agenda2030Field
          value={state.agenda2030}
          onChange={(v) => set('agenda2030', v)}
          hint={t('area.agenda2030Hint')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('actions.saving', { ns: 'common' }) : t('area.save')}
          </button>
          <a className="button" href={href('goals')}>
            {t('actions.cancel', { ns: 'common' })}
          </a>
          {areaId && (
            <button
              type="button"
              className="button button-danger"
              disabled={saving}
              onClick={() => void remove()}
            >
              {t('actions.delete', { ns: 'common' })}
            </button>
          )}
        </div>
      </form>
    </Page>
  );
}
