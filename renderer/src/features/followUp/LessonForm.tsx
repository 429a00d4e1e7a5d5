// Runs in: renderer. A new lesson (F06, F07): what was learned, the goal or action it came from, and
// whether it starts a new action or changes one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lessonOutcomes,
  type FollowUp,
  type LessonOutcome,
} from '../../../../shared/domain/followUp';
import type { AppError } from '../../../../shared/errors';
import { navigate } from '../../app/router';
import { label } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function LessonForm({ record, onDone }: { record: FollowUp; onDone: () => void }) {
  const { t } = useTranslation('followUp');
  const toast = useToast();
  const [text, setText] = useState('');
  const [goalId, setGoalId] = useState('');
  const [actionId, setActionId] = useState('');
  const [outcome, setOutcome] = useState<LessonOutcome>('none');
  const [newActionWhat, setNewActionWhat] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const result = await mutate('followUp:addLesson', {
      followUpId: record.id,
      text,
      goalId: goalId || null,
      actionId: actionId || null,
      outcome,
      newActionWhat,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t(outcome === 'new_action' ? 'lesson.savedWithAction' : 'lesson.saved'));
    onDone();
    if (outcome === 'changed_action' && result.value.resultActionId) {
      navigate('actions', result.value.resultActionId, 'edit');
    }
  };

  const none = { value: '', label: t('lesson.noLink') };
  return (
    <form
      className="card stack followup-lesson-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextArea
        label={t('lesson.text')}
        required
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={error?.fields?.text}
      />
      <div className="grid-2">
        <SelectField
          label={t('lesson.goal')}
          value={goalId}
          onChange={(e) => setGoalId(e.target.value)}
          options={[none, ...record.goals.map((g) => ({ value: g.goalId, label: g.goalText }))]}
          error={error?.fields?.goalId}
        />
        <SelectField
          label={t('lesson.action')}
          value={actionId}
          onChange={(e) => setActionId(e.target.value)}
          options={[none, ...record.actions.map((a) => ({ value: a.actionId, label: a.what }))]}
          error={error?.fields?.actionId}
        />
      </div>
      <fieldset>
        <legend>{t('lesson.outcome')}</legend>
        <div className="radio-row">
          {lessonOutcomes.map((o) => (
            <label key={o.id} className="radio-option">
              <input
                type="radio"
                name="lesson-outcome"
                value={o.id}
                checked={outcome === o.id}
                onChange={() => setOutcome(o.id)}
              />
              {label(o)}
            </label>
          ))}
        </div>
      </fieldset>
      {outcome === 'new_action' && (
        <TextField
          label={t('lesson.newActionWhat')}
          required
          value={newActionWhat}
          onChange={(e) => setNewActionWhat(e.target.value)}
          error={error?.fields?.newActionWhat}
        />
      )}
      {error && !error.fields && <p className="field-error">{error.message}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('lesson.save')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onDone}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </form>
  );
}
