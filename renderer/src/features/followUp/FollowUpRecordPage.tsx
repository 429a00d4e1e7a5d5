// Runs in: renderer. One follow-up: the opening with what was achieved (F26), the meeting and who
// took part (F21), the judgement per goal and action (F04), what was dropped (F25), the check-ins
// (F20), lessons (F06, F07) and the summary. A draft is edited; a closed one is read-only and can
// be reopened with a reason.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/domain/followUp';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { TextArea, TextField } from '../../ui/fields';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { CheckinsSection } from './CheckinsSection';
import { ActionJudgements, DroppedList, GoalJudgements } from './JudgementTables';
import { LessonsSection } from './LessonsSection';
import { ParticipantsField } from './ParticipantsField';
import { draftOf, toUpdateInput, type RecordDraft } from './recordDraft';
import { ReopenForm } from './ReopenForm';

export function FollowUpRecordPage({ id }: { id: string }) {
  const { t } = useTranslation('followUp');
  const query = useQuery('followUp:get', { id });
  if (query.error) {
    return (
      <Page title={t('title')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('followup')}>{t('record.back')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('title')}>{null}</Page>;
  const r = query.data;
  return <RecordEditor key={`${r.id}:${r.status}:${r.snapshotAt}`} record={r} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card followup-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function RecordEditor({ record }: { record: FollowUp }) {
  const { t } = useTranslation('followUp');
  const toast = useToast();
  const [draft, setDraft] = useState<RecordDraft>(() => draftOf(record));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const readOnly = record.status === 'closed';
  const period = label(record.periodLabel);
  const set = (change: Partial<RecordDraft>) => setDraft((d) => ({ ...d, ...change }));

  const run = async (
    then: 'followUp:refresh' | 'followUp:close' | null,
    message: string,
  ): Promise<void> => {
    setBusy(true);
    const saved = await mutate('followUp:update', toUpdateInput(record.id, draft));
    const result = saved.ok && then ? await mutate(then, { id: record.id }) : saved;
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      if (!result.error.fields) toast.error(result.error.message);
      return;
    }
    setError(null);
    toast.success(message);
  };

  const remove = async () => {
    setBusy(true);
    const result = await mutate('followUp:delete', { id: record.id });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('toast.deleted', { ns: 'common', name: t('record.deletedName', { period }) }), {
      undo: () => {
        void mutate('followUp:restore', { id: record.id }).then((restored) => {
          if (restored.ok) navigate('followup', record.id);
          else toast.error(restored.error.message);
        });
      },
    });
    navigate('followup');
  };

  const status = readOnly
    ? t('record.statusClosed', { date: record.closedAt ? formatTimestamp(record.closedAt) : '' })
    : t('record.statusDraft');
  return (
    <Page
      title={t('record.title', { period })}
      subtitle={
        <>
          <span aria-hidden="true">{readOnly ? '✔ ' : '✎ '}</span>
          {status}
        </>
      }
      actions={
        readOnly ? undefined : (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void run(null, t('record.saved'))}
            >
              {t('record.save')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run('followUp:refresh', t('record.refreshed'))}
            >
              {t('record.refresh')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run('followUp:close', t('record.closed'))}
            >
              {t('record.close')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {t('actions.delete', { ns: 'common' })}
            </button>
          </>
        )
      }
    >
      <p>
        <a href={href('followup')}>{t('record.back')}</a>
      </p>
      <div className="stack">
        {readOnly && <ReopenForm id={record.id} />}
        {record.reopenedAt && (
          <p className="muted">
            {t('record.reopenedNote', {
              date: formatTimestamp(record.reopenedAt),
              reason: record.reopenReason,
            })}
          </p>
        )}
        <section className="card followup-highlights" aria-labelledby="followup-achieved">
          <h2 id="followup-achieved">{t('record.achieved')}</h2>
          <ul>
            {record.highlights.map((h) => (
              <li key={h.sv}>{label(h)}</li>
            ))}
          </ul>
          <p className="muted">
            {t('record.snapshot', { date: formatTimestamp(record.snapshotAt) })}
          </p>
        </section>
        <Section id="followup-meeting" title={t('record.meeting')}>
          <div className="grid-2">
            <TextField
              label={t('record.heldOn')}
              type="date"
              value={draft.heldOn}
              readOnly={readOnly}
              onChange={(e) => set({ heldOn: e.target.value })}
              error={error?.fields?.heldOn}
            />
            <TextField
              label={t('record.meetingRef')}
              value={draft.meetingRef}
              readOnly={readOnly}
              onChange={(e) => set({ meetingRef: e.target.value })}
            />
          </div>
          <ParticipantsField
            people={draft.participants}
            readOnly={readOnly}
            onChange={(participants) => set({ participants })}
          />
        </Section>
        <Section id="followup-goals" title={t('record.goals')}>
          <GoalJudgements
            rows={record.goals}
            comments={draft.goalComments}
            readOnly={readOnly}
            onComment={(goalId, c) => set({ goalComments: { ...draft.goalComments, [goalId]: c } })}
          />
        </Section>
        <Section id="followup-actions" title={t('record.actions')}>
          <ActionJudgements
            rows={record.actions}
            comments={draft.actionComments}
            readOnly={readOnly}
            onComment={(actionId, c) =>
              set({ actionComments: { ...draft.actionComments, [actionId]: c } })
            }
          />
        </Section>
        <Section id="followup-dropped" title={t('record.dropped')}>
          <p className="muted">{t('record.droppedHint')}</p>
          <DroppedList rows={record.actions} />
          <TextArea
            label={t('record.droppedNotes')}
            rows={2}
            value={draft.droppedNotes}
            readOnly={readOnly}
            onChange={(e) => set({ droppedNotes: e.target.value })}
          />
        </Section>
        <Section id="followup-checkins" title={t('record.checkins')}>
          <CheckinsSection
            checkins={draft.checkins}
            readOnly={readOnly}
            onChange={(checkins) => set({ checkins })}
          />
        </Section>
        <Section id="followup-lessons" title={t('record.lessons')}>
          <LessonsSection record={record} readOnly={readOnly} />
        </Section>
        <Section id="followup-summary" title={t('record.summary')}>
          <TextArea
            label={t('record.summaryLabel')}
            hint={t('record.summaryHint')}
            rows={5}
            value={draft.summary}
            readOnly={readOnly}
            onChange={(e) => set({ summary: e.target.value })}
          />
        </Section>
      </div>
    </Page>
  );
}
