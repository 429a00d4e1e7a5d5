// Runs in: renderer. One meeting: when and where, who took part, the agenda, the questions asked,
// the outcomes (each can become an insight) and the insights that cite the meeting.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingItem } from '../../../../shared/domain/groups';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { typeLabel } from '../insights/insightLabels';
import { meetingKindLabel, whenText } from './labels';
import { OutcomeList } from './OutcomeList';
import { MeetingStatusText } from './StatusText';

export function MeetingDetail({ id }: { id: string }) {
  const { t } = useTranslation('groups');
  const query = useQuery('processMeetings:get', { id });
  if (query.error) {
    return (
      <Page title={t('detail.title')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('meetings')}>{t('detail.back')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('detail.title')}>{null}</Page>;
  return <MeetingView meeting={query.data} />;
}

function Items({ items, ordered }: { items: MeetingItem[]; ordered: boolean }) {
  const { t } = useTranslation('groups');
  if (items.length === 0) return <p className="muted">{t('detail.none')}</p>;
  const children = items.map((i) => <li key={i.id}>{i.text}</li>);
  return ordered ? <ol>{children}</ol> : <ul>{children}</ul>;
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('groups');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const result = await mutate('processMeetings:delete', { id: meeting.id });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(
      t('toast.deleted', { ns: 'common', name: t('detail.deletedName', { title: meeting.title }) }),
      {
        undo: () => {
          void mutate('processMeetings:restore', { id: meeting.id }).then((restored) => {
            if (restored.ok) {
              toast.success(t('toast.restored', { ns: 'common' }));
              navigate('meetings', meeting.id);
            } else toast.error(restored.error.message);
          });
        },
      },
    );
    navigate('meetings');
  };

  return (
    <Page
      title={meeting.title}
      subtitle={
        <>
          {meetingKindLabel(meeting.kind)} · <MeetingStatusText status={meeting.status} />
        </>
      }
      actions={
        <>
          <a className="button button-primary" href={href('meetings', meeting.id, 'edit')}>
            {t('actions.edit', { ns: 'common' })}
          </a>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('actions.delete', { ns: 'common' })}
          </button>
        </>
      }
    >
      <p>
        <a href={href('meetings')}>{t('detail.back')}</a>
      </p>
      <div className="card">
        <dl className="details">
          <dt>{t('detail.when')}</dt>
          <dd>{whenText(meeting.date, meeting.time)}</dd>
          <dt>{t('detail.place')}</dt>
          <dd>{meeting.place || t('none')}</dd>
          <dt>{t('detail.group')}</dt>
          <dd>
            {meeting.groupId && meeting.groupName ? (
              <a href={href('meetings', 'groups', meeting.groupId)}>{meeting.groupName}</a>
            ) : (
              t('none')
            )}
          </dd>
          {meeting.notes && (
            <>
              <dt>{t('detail.notes')}</dt>
              <dd className="action-prose">{meeting.notes}</dd>
            </>
          )}
        </dl>
      </div>
      <section className="card" aria-labelledby="meeting-participants">
        <h2 id="meeting-participants">
          {t('detail.participants', { count: meeting.participantCount })}
        </h2>
        {meeting.participants.length === 0 ? (
          <p className="muted">{t('detail.none')}</p>
        ) : (
          <>
            {meeting.status === 'held' && (
              <p>
                {t('detail.attendedSummary', {
                  attended: meeting.attendedCount,
                  count: meeting.participantCount,
                })}
              </p>
            )}
            <ul className="plain-list">
              {meeting.participants.map((p) => (
                <li key={p.id}>
                  <span aria-hidden="true">{p.attended ? '✔ ' : '– '}</span>
                  {p.stakeholderId ? (
                    <a href={href('stakeholders', p.stakeholderId)}>{p.name}</a>
                  ) : (
                    p.name
                  )}
                  {meeting.status === 'held' && !p.attended && (
                    <span className="muted"> ({t('detail.notAttended')})</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="meeting-agenda">
        <h2 id="meeting-agenda">{t('detail.agenda')}</h2>
        <Items items={meeting.agenda} ordered />
      </section>
      <section className="card" aria-labelledby="meeting-questions">
        <h2 id="meeting-questions">{t('detail.questions')}</h2>
        <Items items={meeting.questions} ordered={false} />
      </section>
      <section className="card" aria-labelledby="meeting-outcomes">
        <h2 id="meeting-outcomes">{t('detail.outcomes')}</h2>
        <OutcomeList outcomes={meeting.outcomes} />
      </section>
      <section className="card" aria-labelledby="meeting-insights">
        <h2 id="meeting-insights">{t('detail.insights', { count: meeting.insights.length })}</h2>
        {meeting.insights.length === 0 ? (
          <p className="muted">{t('detail.noInsights')}</p>
        ) : (
          <ul className="plain-list">
            {meeting.insights.map((i) => (
              <li key={i.id}>
                <span className="badge">{typeLabel(i.type)}</span>{' '}
                <a href={href('analysis', 'insights', i.id)}>{i.text}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
