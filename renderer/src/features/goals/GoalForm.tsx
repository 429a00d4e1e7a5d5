// Runs in: renderer. Creating or editing a goal: the goal and its why, focus area and level (I08),
// type, measure level and horizon (F12, F18, P04), influence (F10), quality (I06), the indicator
// with library help (F13–F17), baseline and target (P03) and Agenda 2030 (P18). A changed target
// asks for its reason (F08).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  directions,
  goalLevelKinds,
  goalTypes,
  horizons,
  indicatorSources,
  measureLevels,
  qualityChecks,
  type Goal,
} from '../../../../shared/domain/goals';
import type { LibraryIndicator } from '../../../../shared/domain/indicatorLibrary';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { currentLanguage, label } from '../../i18n';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { Agenda2030Field } from './Agenda2030Field';
import { fromLibrary, libraryMatch, toGoalInput, type GoalFormState } from './goalFormState';
import type { ProgrammeRef } from './GoalsRoute';
import { IndicatorGuidance } from './IndicatorGuidance';
import { IndicatorLibraryDialog } from './IndicatorLibraryDialog';
import { parseNumber } from './format';

interface Props {
  programme: ProgrammeRef;
  initial: GoalFormState;
  /** The saved goal when editing. */
  original?: Goal;
}

const options = (list: readonly { id: string; sv: string; en: string }[]) =>
  list.map((e) => ({ value: e.id, label: label(e) }));

export function GoalForm({ programme, initial, original }: Props) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [chosen, setChosen] = useState<LibraryIndicator | undefined>(undefined);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const areas = useQuery('focusAreas:list', { programmeId: programme.id });
  const goals = useQuery('goals:list', { programmeId: programme.id });

  useEffect(() => {
    const timer = window.setTimeout(() => textRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const set = <K extends keyof GoalFormState>(key: K, value: GoalFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));
  const fieldError = (name: string) => error?.fields?.[name];
  const guidance = chosen ?? libraryMatch(state.indicatorName);

  const hadTarget = !!original && (original.targetValue !== null || original.targetDate !== null);
  const targetChanged =
    !!original &&
    (parseNumber(state.targetValue) !== original.targetValue ||
      (state.targetDate || null) !== original.targetDate);
  const needsReason = hadTarget && targetChanged;

  const areaOptions = [
    { value: '', label: t('goal.noFocusArea') },
    ...(areas.data ?? []).map((a) => ({
      value: a.id,
      label: a.candidate ? t('goal.candidateArea', { name: a.name }) : `${a.priority}. ${a.name}`,
    })),
  ];
  const parentOptions = [
    { value: '', label: t('goal.noParent') },
    ...(goals.data?.groups ?? []).flatMap((g) =>
      g.goals
        .filter((x) => x.levelKind === 'programme' && x.id !== original?.id)
        .map((x) => ({
          value: x.id,
          label: g.focusArea ? `${g.focusArea.name}: ${x.text}` : x.text,
        })),
    ),
  ];

  const focusFirstInvalid = () =>
    window.setTimeout(
      () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      0,
    );

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const converted = toGoalInput(state, t('goal.notANumber'));
    if (!converted.ok) {
      setError({ code: 'VALIDATION', message: t('goal.fixErrors'), fields: converted.fields });
      focusFirstInvalid();
      return;
    }
    if (needsReason && state.revisionReason.trim() === '') {
      setError({
        code: 'VALIDATION',
        message: t('goal.fixErrors'),
        fields: { revisionReason: t('goal.revisionReasonRequired') },
      });
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    const result = original
      ? await mutate('goals:update', {
          ...converted.input,
          id: original.id,
          revisionReason: state.revisionReason,
        })
      : await mutate('goals:create', { ...converted.input, programmeId: programme.id });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      focusFirstInvalid();
      return;
    }
    toast.success(t('goal.saved'));
    navigate('goals', result.value.id);
  };

  const choose = (indicator: LibraryIndicator) => {
    setState((s) => fromLibrary(s, indicator, currentLanguage()));
    setChosen(indicator);
    setLibraryOpen(false);
  };

  const title = original ? t('goal.editTitle') : t('goal.newTitle');
  return (
    <Page title={title} subtitle={programme.name}>
      <form
        ref={formRef}
        className="form goals-form goal-form"
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
          <TextArea
            ref={textRef}
            label={t('goal.text')}
            hint={t('goal.textHint')}
            required
            rows={2}
            value={state.text}
            onChange={(e) => set('text', e.target.value)}
            error={fieldError('text')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('goal.why')}
            hint={t('goal.whyHint')}
            rows={2}
            value={state.why}
            onChange={(e) => set('why', e.target.value)}
            error={fieldError('why')}
          />
        </div>
        <SelectField
          label={t('goal.focusArea')}
          options={areaOptions}
          value={state.focusAreaId}
          onChange={(e) => set('focusAreaId', e.target.value)}
          error={fieldError('focusAreaId')}
        />
        <SelectField
          label={t('goal.levelKind')}
          hint={t('goal.levelKindHint')}
          options={options(goalLevelKinds)}
          value={state.levelKind}
          onChange={(e) => set('levelKind', e.target.value as GoalFormState['levelKind'])}
          error={fieldError('levelKind')}
        />
        {state.levelKind === 'action_plan' && (
          <div className="wide">
            <SelectField
              label={t('goal.parent')}
              hint={t('goal.parentHint')}
              options={parentOptions}
              value={state.parentGoalId}
              onChange={(e) => set('parentGoalId', e.target.value)}
              error={fieldError('parentGoalId')}
            />
          </div>
        )}
        <SelectField
          label={t('goal.type')}
          hint={label({
            sv: goalTypes.find((g) => g.id === state.type)!.hintSv,
            en: goalTypes.find((g) => g.id === state.type)!.hintEn,
          })}
          options={options(goalTypes)}
          value={state.type}
          onChange={(e) => set('type', e.target.value as GoalFormState['type'])}
        />
        <SelectField
          label={t('goal.measureLevel')}
          options={options(measureLevels)}
          value={state.measureLevel}
          onChange={(e) => set('measureLevel', e.target.value as GoalFormState['measureLevel'])}
        />
        <SelectField
          label={t('goal.horizon')}
          options={options(horizons)}
          value={state.horizon}
          onChange={(e) => set('horizon', e.target.value as GoalFormState['horizon'])}
        />
        <div className="wide">
          <CheckboxField
            label={t('goal.influenceable')}
            hint={t('goal.influenceableHint')}
            checked={state.influenceable}
            onChange={(e) => set('influenceable', e.target.checked)}
          />
        </div>

        <fieldset className="wide goal-fieldset">
          <legend>{t('goal.indicatorSection')}</legend>
          <p>
            <button type="button" className="button" onClick={() => setLibraryOpen(true)}>
              {t('library.open')}
            </button>
          </p>
          {guidance && <IndicatorGuidance indicator={guidance} />}
          <div className="goal-values-grid">
            <TextField
              label={t('goal.indicatorName')}
              value={state.indicatorName}
              maxLength={300}
              onChange={(e) => {
                set('indicatorName', e.target.value);
                setChosen(undefined);
              }}
              error={fieldError('indicatorName')}
            />
            <TextField
              label={t('goal.indicatorUnit')}
              hint={t('goal.indicatorUnitHint')}
              value={state.indicatorUnit}
              maxLength={100}
              onChange={(e) => set('indicatorUnit', e.target.value)}
              error={fieldError('indicatorUnit')}
            />
            <SelectField
              label={t('goal.direction')}
              options={options(directions)}
              value={state.direction}
              onChange={(e) => set('direction', e.target.value as GoalFormState['direction'])}
            />
            <SelectField
              label={t('goal.source')}
              options={options(indicatorSources)}
              value={state.indicatorSource}
              onChange={(e) =>
                set('indicatorSource', e.target.value as GoalFormState['indicatorSource'])
              }
            />
          </div>
          <TextField
            label={t('goal.sourceNote')}
            hint={t('goal.sourceNoteHint')}
            value={state.indicatorSourceNote}
            maxLength={1000}
            onChange={(e) => set('indicatorSourceNote', e.target.value)}
            error={fieldError('indicatorSourceNote')}
          />
        </fieldset>

        <fieldset className="wide goal-fieldset">
          <legend>{t('goal.valuesSection')}</legend>
          <div className="goal-values-grid">
            <TextField
              label={t('goal.baselineValue')}
              inputMode="decimal"
              value={state.baselineValue}
              onChange={(e) => set('baselineValue', e.target.value)}
              error={fieldError('baselineValue')}
            />
            <TextField
              label={t('goal.baselineDate')}
              type="date"
              value={state.baselineDate}
              onChange={(e) => set('baselineDate', e.target.value)}
              error={fieldError('baselineDate')}
            />
            <TextField
              label={t('goal.targetValue')}
              inputMode="decimal"
              value={state.targetValue}
              onChange={(e) => set('targetValue', e.target.value)}
              error={fieldError('targetValue')}
            />
            <TextField
              label={t('goal.targetDate')}
              type="date"
              value={state.targetDate}
              onChange={(e) => set('targetDate', e.target.value)}
              error={fieldError('targetDate')}
            />
            <TextField
              label={t('goal.achievedAt')}
              hint={t('goal.achievedAtHint')}
              type="date"
              value={state.achievedAt}
              onChange={(e) => set('achievedAt', e.target.value)}
              error={fieldError('achievedAt')}
            />
          </div>
          {needsReason && (
            <TextArea
              label={t('goal.revisionReason')}
              hint={t('goal.revisionReasonHint')}
              required
              rows={2}
              value={state.revisionReason}
              onChange={(e) => set('revisionReason', e.target.value)}
              error={fieldError('revisionReason')}
            />
          )}
        </fieldset>

        <fieldset className="wide goal-fieldset">
          <legend>{t('goal.qualitySection')}</legend>
          <p className="field-hint">{t('goal.qualityHint')}</p>
          <div className="checkbox-grid">
            {qualityChecks.map((q) => (
              <CheckboxField
                key={q.id}
                label={label(q)}
                checked={state.quality[q.id]}
                onChange={(e) => set('quality', { ...state.quality, [q.id]: e.target.checked })}
              />
            ))}
          </div>
        </fieldset>
        <Agenda2030Field
          value={state.agenda2030}
          onChange={(v) => set('agenda2030', v)}
          hint={t('goal.agenda2030Hint')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('actions.saving', { ns: 'common' }) : t('goal.save')}
          </button>
          <a className="button" href={original ? href('goals', original.id) : href('goals')}>
            {t('actions.cancel', { ns: 'common' })}
          </a>
        </div>
      </form>
      {libraryOpen && (
        <IndicatorLibraryDialog onChoose={choose} onClose={() => setLibraryOpen(false)} />
      )}
    </Page>
  );
}
