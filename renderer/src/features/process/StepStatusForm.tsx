// Runs in: renderer. A step's status, the reason when it is not relevant, the due date and notes.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepStateView } from '../../../../shared/domain/process';
import type { AppError } from '../../../../shared/errors';
import {
  stepStatusIds,
  stepStatusLabels,
  type ProcessStep,
  type StepStatus,
} from '../../../../shared/process';
import { label } from '../../i18n';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

interface Props {
  programmeId: string;
  step: ProcessStep;
  state: StepStateView;
}

export function StepStatusForm({ programmeId, step, state }: Props) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const [status, setStatus] = useState<StepStatus>(state.status);
  const [reason, setReason] = useState(state.notRelevantReason);
  const [dueDate, setDueDate] = useState(state.dueDate ?? '');
  const [notes, setNotes] = useState(state.notes);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // A tick can start the step on the server; follow it unless the officer has chosen otherwise.
  const [seenStatus, setSeenStatus] = useState(state.status);
  if (state.status !== seenStatus) {
    setSeenStatus(state.status);
    if (status === seenStatus) setStatus(state.status);
  }

  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const chooseStatus = (next: StepStatus) => {
    setStatus(next);
    if (next === 'not_relevant') window.setTimeout(() => reasonRef.current?.focus(), 0);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await mutate('process:setStep', {
      programmeId,
      stepId: step.id,
      status,
      reason: status === 'not_relevant' ? reason : '',
      notes,
      dueDate: dueDate === '' ? null : dueDate,
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('step.saved', { title: label(step.title) }));
  };
  const fieldError = (key: string) => error?.fields?.[key];

  return (
    <form
      ref={formRef}
      className="form step-status-form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={t('step.statusTitle')}
    >
      {error && !error.fields?.reason && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <SelectField
        label={t('step.status')}
        value={status}
        onChange={(e) => chooseStatus(e.target.value as StepStatus)}
        error={fieldError('status')}
        options={stepStatusIds.map((s) => ({ value: s, label: label(stepStatusLabels[s]) }))}
      />
      <TextField
        type="date"
        label={t('step.dueDate')}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        error={fieldError('dueDate')}
      />
      {status === 'not_relevant' && (
        <div className="wide">
          <TextArea
            ref={reasonRef}
            label={t('step.reason')}
            hint={t('step.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldError('reason')}
            required
            rows={2}
          />
        </div>
      )}
      <div className="wide">
        <TextArea
          label={t('step.notes')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={fieldError('notes')}
          rows={3}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('step.save')}
        </button>
        {state.updatedAt && (
          <span className="muted step-saved-at">
            {t('step.lastSaved', { when: formatTimestamp(state.updatedAt) })}
          </span>
        )}
      </div>
    </form>
  );
}
