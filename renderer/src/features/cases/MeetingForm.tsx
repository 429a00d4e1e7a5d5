// Runs in: renderer. One meeting in the calendar: body, date, how many working days before it the
// documents are due (the body's usual number when left empty) and a note.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultDeadlineWorkingDays,
  meetingBodies,
  type Meeting,
  type MeetingBody,
} from '../../../../shared/domain/cases';
import type { AppError } from '../../../../shared/errors';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { bodyLongName, meetingBodyLabel } from './caseLabels';

export function MeetingForm({ existing, onDone }: { existing?: Meeting; onDone: () => void }) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [body, setBody] = useState<MeetingBody>(existing?.body ?? 'ks');
  const [date, setDate] = useState(existing?.date ?? '');
  const [days, setDays] = useState(existing ? String(existing.deadlineWorkingDays) : '');
  const [note, setNote] = useState(existing?.note ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const parsedDays = days.trim() === '' ? undefined : Number.parseInt(days, 10);
    const result = existing
      ? await mutate('meetings:update', {
          id: existing.id,
          body,
          date,
          note,
          ...(parsedDays === undefined ? {} : { deadlineWorkingDays: parsedDays }),
        })
      : await mutate('meetings:create', {
          body,
          date,
          note,
          ...(parsedDays === undefined ? {} : { deadlineWorkingDays: parsedDays }),
        });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(
      t('meetings.saved', { date: result.value.date, submitBy: result.value.submitBy }),
    );
    onDone();
  };
  const remove = async () => {
    if (!existing) return;
    const result = await mutate('meetings:delete', { id: existing.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('meetings.deleted'), {
      undo: () => void mutate('meetings:restore', { id: existing.id }),
    });
    onDone();
  };
  const fieldError = (key: string) => error?.fields?.[key];

  return (
    <form
      ref={formRef}
      className="form case-meeting-form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={existing ? t('meetings.editTitle') : t('meetings.newTitle')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <h2 className="wide form-heading">
        {existing ? t('meetings.editTitle') : t('meetings.newTitle')}
      </h2>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <SelectField
        ref={firstRef}
        label={t('meetings.body')}
        value={body}
        onChange={(e) => setBody(e.target.value as MeetingBody)}
        error={fieldError('body')}
        options={meetingBodies.map((b) => ({
          value: b.id,
          label: `${meetingBodyLabel(b.id)} – ${bodyLongName(b.id)}`,
        }))}
      />
      <TextField
        type="date"
        label={t('meetings.date')}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fieldError('date')}
        required
      />
      <TextField
        type="number"
        min={0}
        max={60}
        label={t('meetings.days')}
        hint={t('meetings.daysHint', { count: defaultDeadlineWorkingDays[body] })}
        placeholder={String(defaultDeadlineWorkingDays[body])}
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={fieldError('deadlineWorkingDays')}
      />
      <TextField
        label={t('meetings.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError('note')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('meetings.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('cancel')}
        </button>
        {existing && (
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('actions.delete', { ns: 'common' })}
          </button>
        )}
      </div>
    </form>
  );
}
