// Runs in: renderer. One visit with everything logged, and what can be done with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../../shared/domain/visits';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { ObstacleActions, useVisitActionLinks } from '../actions/ObstacleActions';
import { ObstacleInsightAction } from '../insights/ObstacleInsightAction';
import { VisitSelfImage } from '../selfImage/VisitSelfImage';
import { useTopics } from './useTopics';
import { inputFromVisit } from './visitFormState';

const dateTime = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
  });

export function VisitDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation('visits');
  const query = useQuery('visits:get', { id });
  if (query.error) {
    return (
      <Page title={t('detail.title')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('visits')}>{t('detail.backToList')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('detail.title')}>{null}</Page>;
  return <VisitView visit={query.data} lang={i18n.language} />;
}

function VisitView({ visit, lang }: { visit: Visit; lang: string }) {
  const { t } = useTranslation('visits');
  const toast = useToast();
  const { labelOf } = useTopics();
  const actionLinks = useVisitActionLinks(visit.id);
  const [busy, setBusy] = useState(false);
  const dash = t('detail.none');

  const markDone = async () => {
    setBusy(true);
    const result = await mutate('visits:update', {
      ...inputFromVisit(visit),
      followUpDone: true,
      id: visit.id,
    });
    setBusy(false);
    if (result.ok) toast.success(t('detail.followUpMarked'));
    else toast.error(result.error.message);
  };

  const remove = async () => {
    setBusy(true);
    const result = await mutate('visits:delete', { id: visit.id });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    const name = t('detail.deletedName', { company: visit.companyName, date: visit.visitDate });
    toast.success(t('toast.deleted', { ns: 'common', name }), {
      undo: () => {
        void mutate('trash:restore', { kind: 'visit', id: visit.id }).then((restored) => {
          if (restored.ok) {
            toast.success(t('toast.restored', { ns: 'common' }));
            navigate('visits', visit.id);
          } else toast.error(restored.error.message);
        });
      },
    });
    navigate('visits');
  };

  let followUp = t('detail.followUpNone');
  if (visit.followUpNeeded)
    followUp = visit.followUpDone ? t('detail.followUpDone') : t('detail.followUpOpen');

  return (
    <Page
      title={t('detail.heading', { company: visit.companyName })}
      subtitle={
        <>
          {visit.visitDate}
          {visit.locality ? ` · ${visit.locality}` : ''}
          {visit.confidential && (
            <>
              {' '}
              <span className="badge badge-warning">{t('badges.confidential')}</span>
            </>
          )}
        </>
      }
      actions={
        <>
          <a className="button button-primary" href={href('visits', visit.id, 'edit')}>
            {t('actions.edit', { ns: 'common' })}
          </a>
          {visit.followUpNeeded && !visit.followUpDone && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void markDone()}
            >
              {t('detail.markFollowUpDone')}
            </button>
          )}
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
        <a href={href('visits')}>{t('detail.backToList')}</a>
      </p>
      {visit.confidential && (
        <div className="banner banner-warning">{t('detail.confidentialNote')}</div>
      )}
      <div className="card">
        <dl className="details">
          <dt>{t('form.company')}</dt>
          <dd>
            <a href={href('companies', visit.companyId)}>{visit.companyName}</a>
          </dd>
          <dt>{t('form.date')}</dt>
          <dd>{visit.visitDate}</dd>
          <dt>{t('columns.locality')}</dt>
          <dd>{visit.locality || dash}</dd>
          <dt>{t('form.purpose')}</dt>
          <dd>{visit.purpose || dash}</dd>
          <dt>{t('form.topics')}</dt>
          <dd>
            {visit.topics.length > 0 ? (
              <ul className="chips plain-list">
                {visit.topics.map((topic) => (
                  <li key={topic} className="chip">
                    {labelOf(topic)}
                  </li>
                ))}
              </ul>
            ) : (
              dash
            )}
          </dd>
          <dt>{t('form.participants')}</dt>
          <dd>
            {visit.participants.length > 0 ? (
              <ul className="plain-list">
                {visit.participants.map((p, i) => (
                  <li key={`${p.stakeholderId ?? 'free'}-${i}`}>
                    {p.stakeholderId ? (
                      <a href={href('stakeholders', p.stakeholderId)}>{p.name}</a>
                    ) : (
                      p.name
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              dash
            )}
          </dd>
          <dt>{t('form.ourParticipants')}</dt>
          <dd>{visit.ourParticipants || dash}</dd>
          <dt>{t('form.notes')}</dt>
          <dd className="visit-notes">{visit.notes || dash}</dd>
          <dt>{t('form.obstacles')}</dt>
          <dd>
            {visit.obstacles.length > 0 ? (
              <ul className="obstacle-list">
                {visit.obstacles.map((o) => (
                  <li key={o.id}>
                    {o.text} <ObstacleInsightAction obstacleId={o.id} />{' '}
                    <ObstacleActions obstacle={o} links={actionLinks} />
                  </li>
                ))}
              </ul>
            ) : (
              dash
            )}
          </dd>
          <dt>{t('detail.followUp')}</dt>
          <dd>
            {followUp}
            {visit.followUpNeeded && visit.followUpNote && <div>{visit.followUpNote}</div>}
          </dd>
          <dt>{t('form.satisfaction')}</dt>
          <dd>{visit.satisfaction ?? t('form.satisfactionNone')}</dd>
          <dt>{t('detail.confidential')}</dt>
          <dd>{visit.confidential ? t('detail.confidentialYes') : t('detail.confidentialNo')}</dd>
          <dt>{t('detail.created')}</dt>
          <dd>{dateTime(visit.createdAt, lang)}</dd>
          <dt>{t('detail.updated')}</dt>
          <dd>{dateTime(visit.updatedAt, lang)}</dd>
        </dl>
      </div>
      <VisitSelfImage visitId={visit.id} />
    </Page>
  );
}
