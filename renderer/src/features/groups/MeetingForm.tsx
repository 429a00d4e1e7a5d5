// Runs in: renderer. A new meeting or an edited one: kind, title, date and time, place, group,
// status, participants, agenda, questions asked and outcomes.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { ItemListField } from './ItemListField';
import { meetingKindOptions, meetingStatusOptions } from './labels';
import {
  emptyMeeting,
  rowErrors,
  toInput,
  valuesOf,
  type MeetingFormValues,
} from './meetingFormState';
import { ParticipantsField } from './ParticipantsField';

const localToday = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

function MeetingForm({
  title,
  programmeId,
  initial,
  save,
  cancelHref,
}: {
  title: string;
  programmeId: string;
  initial: MeetingFormValues;
  save: (v: MeetingFormValues) => ReturnType<typeof mutate<'processMeetings:create'>>;
  cancelHref: string;
}) {
  const { t } = useTranslation('groups');
  const toast = useToast();
  const groups = useQuery('groups:list', { programmeId });
  const [v, setV] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) =>
    setV((old) => ({ ...old, [key]: value }));
  const fields = error?.fields ?? {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await save(v);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('form.saved'));
    navigate('meetings', result.value.id);
  };

  return (
    <Page title={title}>
      <form className="visit-form" onSubmit={(e) => void submit(e)} noValidate>
        {error && <ErrorBanner error={error} />}
        <SelectField
          label={t('form.kind')}
          value={v.kind}
          onChange={(e) => set('kind', e.target.value as MeetingFormValues['kind'])}
          options={meetingKindOptions()}
          error={fields.kind}
        />
        <TextField
          label={t('form.title')}
          required
          value={v.title}
          onChange={(e) => set('title', e.target.value)}
          hint={t('form.titleHint')}
          error={fields.title}
        />
        <div className="visit-form-top">
          <TextField
            label={t('form.date')}
            type="date"
            required
            value={v.date}
            onChange={(e) => set('date', e.target.value)}
            error={fields.date}
          />
          <TextField
            label={t('form.time')}
            type="time"
            value={v.time}
            onChange={(e) => set('time', e.target.value)}
            hint={t('form.timeHint')}
            error={fields.time}
          />
          <SelectField
            label={t('form.status')}
            value={v.status}
            onChange={(e) => set('status', e.target.value as MeetingFormValues['status'])}
            options={meetingStatusOptions()}
            error={fields.status}
          />
        </div>
        <TextField
          label={t('form.place')}
          value={v.place}
          onChange={(e) => set('place', e.target.value)}
          error={fields.place}
        />
        <SelectField
          label={t('form.group')}
          value={v.groupId}
          onChange={(e) => set('groupId', e.target.value)}
          options={[
            { value: '', label: t('form.noGroup') },
            ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name })),
          ]}
          error={fields.groupId}
        />
        <ParticipantsField
          value={v.participants}
          onChange={(p) => set('participants', p)}
          defaultAttended={v.status === 'held'}
          errors={rowErrors(fields, 'participants')}
        />
        <ItemListField
          legend={t('form.agenda')}
          itemLabel={(n) => t('form.agendaItem', { n })}
          items={v.agenda}
          onChange={(items) => set('agenda', items)}
          errors={rowErrors(fields, 'agenda')}
        />
        <ItemListField
          legend={t('form.questions')}
          itemLabel={(n) => t('form.questionsItem', { n })}
          items={v.questions}
          onChange={(items) => set('questions', items)}
          errors={rowErrors(fields, 'questions')}
        />
        <ItemListField
          legend={t('form.outcomes')}
          itemLabel={(n) => t('form.outcomesItem', { n })}
          hint={t('form.outcomesHint')}
          items={v.outcomes}
          onChange={(items) => set('outcomes', items)}
          errors={rowErrors(fields, 'outcomes')}
        />
        <TextArea
          label={t('form.notes')}
          rows={4}
          value={v.notes}
          onChange={(e) => set('notes', e.target.value)}
          error={fields.notes}
        />
        <div className="row-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('actions.saving', { ns: 'common' }) : t('form.save')}
          </button>
          <a className="button" href={cancelHref}>
            {t('actions.cancel', { ns: 'common' })}
          </a>
        </div>
      </form>
    </Page>
  );
}

export function NewMeetingPage({
  programmeId,
  groupId,
}: {
  programmeId: string;
  groupId: string | null;
}) {
  const { t } = useTranslation('groups');
  return (
    <MeetingForm
      title={t('form.newTitle')}
      programmeId={programmeId}
      initial={emptyMeeting(localToday(), groupId)}
      save={(v) => mutate('processMeetings:create', { programmeId, ...toInput(v) })}
      cancelHref={groupId ? href('meetings', 'groups', groupId) : href('meetings')}
    />
  );
}

export function EditMeetingPage({ id }: { id: string }) {
  const { t } = useTranslation('groups');
  const query = useQuery('processMeetings:get', { id });
  if (query.error) {
    return (
      <Page title={t('form.editTitle')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
      </Page>
    );
  }
  if (!query.data) return <Page title={t('form.editTitle')}>{null}</Page>;
  const meeting = query.data;
  return (
    <MeetingForm
      key={meeting.id}
      title={t('form.editTitle')}
      programmeId={meeting.programmeId}
      initial={valuesOf(meeting, t('form.linked'))}
      save={(v) => mutate('processMeetings:update', { id, ...toInput(v) })}
      cancelHref={href('meetings', id)}
    />
  );
}
