// Runs in: renderer. The Översikt's programme cards: what has gone well first (F26), then goals at
// red with icon and text, stalled actions, follow-ups waiting, the politicians' latest briefing
// per body (I09), meetings against results (I29) and the channels used (I27).
import { useTranslation } from 'react-i18next';
import { channels } from '../../../../shared/domain/communication';
import { goalStatuses } from '../../../../shared/domain/goals';
import type { OverviewProgrammeCards } from '../../../../shared/domain/health';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { itemHref } from './itemHref';

const red = goalStatuses.find((s) => s.id === 'red')!;
const channelLabel = (id: string) => {
  const entry = channels.find((c) => c.id === id);
  return entry ? label(entry) : id;
};

export function Wins({ cards }: { cards: OverviewProgrammeCards }) {
  const { t } = useTranslation('overview');
  const { wins, year } = cards;
  const nothingYet = wins.actionsFinished === 0 && wins.goalsGreen === 0 && wins.goalsReached === 0;
  return (
    <section className="card wins-card" aria-labelledby="overview-wins">
      <div className="wins-head">
        <h2 id="overview-wins">{t('programme.wins.title')}</h2>
        <span className="muted">{cards.programmeName}</span>
      </div>
      {nothingYet ? (
        <p className="empty">{t('programme.wins.none')}</p>
      ) : (
        <div className="wins">
          <a className="win" href={href('actions')}>
            <span className="stat">{wins.actionsFinished}</span>
            <span className="stat-label">
              {t('programme.wins.actionsFinished', { count: wins.actionsFinished, year })}
            </span>
          </a>
          <a className="win" href={href('goals')}>
            <span className="stat">{wins.goalsGreen}</span>
            <span className="stat-label">
              {t('programme.wins.goalsGreen', { total: wins.goalsTotal })}
            </span>
          </a>
          <a className="win" href={href('goals')}>
            <span className="stat">{wins.goalsReached}</span>
            <span className="stat-label">
              {t('programme.wins.goalsReached', { count: wins.goalsReached })}
            </span>
          </a>
        </div>
      )}
    </section>
  );
}

export function ProgrammeCards({ cards }: { cards: OverviewProgrammeCards }) {
  const { t } = useTranslation('overview');
  const { year } = cards;
  return (
    <div className="programme-cards">
      <section className="card" aria-labelledby="overview-red-goals">
        <h2 id="overview-red-goals">{t('programme.redGoals.title')}</h2>
        {cards.redGoals.length === 0 ? (
          <p className="empty">{t('programme.redGoals.none')}</p>
        ) : (
          <ul className="plain-list card-list">
            {cards.redGoals.map((g) => (
              <li key={g.id}>
                <span className="goal-status goal-status-red">
                  <span aria-hidden="true" className="goal-status-icon">
                    {red.icon}
                  </span>{' '}
                  {label(red)}
                </span>{' '}
                <a href={href('goals', g.id)}>{g.text}</a>
                <div className="muted overview-small">{label(g.reason)}</div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="overview-stalled">
        <h2 id="overview-stalled">{t('programme.stalled.title')}</h2>
        {cards.stalledActions.count === 0 ? (
          <p className="empty">
            {t('programme.stalled.none', { days: cards.stalledActions.days })}
          </p>
        ) : (
          <>
            <p className="muted overview-small">
              {t('programme.stalled.hint', { days: cards.stalledActions.days })}
            </p>
            <ul className="plain-list card-list">
              {cards.stalledActions.items.map((a) => (
                <li key={a.id}>
                  <a href={href('actions', a.id)}>{a.what}</a>{' '}
                  <span className="muted overview-small">
                    {t('programme.stalled.since', { date: a.lastUpdateAt.slice(0, 10) })}
                  </span>
                </li>
              ))}
            </ul>
            {cards.stalledActions.count > cards.stalledActions.items.length && (
              <a href={href('actions')}>{t('programme.stalled.more')}</a>
            )}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="overview-follow-ups">
        <h2 id="overview-follow-ups">{t('programme.followUps.title')}</h2>
        {cards.overdueFollowUps === null ? (
          <p className="empty">{t('programme.followUps.notRecorded')}</p>
        ) : cards.overdueFollowUps.count === 0 ? (
          <p className="empty">{t('programme.followUps.none')}</p>
        ) : (
          <ul className="plain-list card-list">
            {cards.overdueFollowUps.items.map((f) => (
              <li key={f.dueDate}>
                <a href={itemHref(f)}>{label(f.label)}</a>{' '}
                <span className="badge badge-warning">
                  {t('programme.followUps.due', { date: f.dueDate })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="overview-briefings">
        <h2 id="overview-briefings">{t('programme.briefings.title')}</h2>
        {cards.briefings === null ? (
          <p className="empty">{t('programme.briefings.notRecorded')}</p>
        ) : cards.briefings.length === 0 ? (
          <p className="empty">{t('programme.briefings.none')}</p>
        ) : (
          <ul className="plain-list card-list">
            {cards.briefings.map((b) => (
              <li key={b.body}>
                <a href={href('communication', 'briefings')}>{b.body}</a>:{' '}
                {b.lastDate ?? t('programme.briefings.never')}{' '}
                {b.overdue && (
                  <span className="badge badge-warning">{t('programme.briefings.overdue')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="overview-meetings">
        <h2 id="overview-meetings">{t('programme.meetings.title', { year })}</h2>
        {cards.meetingsVsResults.meetingsHeld === null ? (
          <p className="empty">{t('programme.meetings.notRecorded')}</p>
        ) : (
          <>
            <p className="meetings-vs-results">
              <a href={href('actions')}>
                {t('programme.meetings.finished', {
                  count: cards.meetingsVsResults.actionsFinished,
                })}
              </a>
              <span aria-hidden="true"> · </span>
              <a href={href('meetings')}>
                {t('programme.meetings.meetings', { count: cards.meetingsVsResults.meetingsHeld })}
              </a>
            </p>
            <p className="muted overview-small">{t('programme.meetings.hint')}</p>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="overview-channels">
        <h2 id="overview-channels">{t('programme.channels.title', { year })}</h2>
        {cards.channelSpread === null ? (
          <p className="empty">{t('programme.channels.notRecorded')}</p>
        ) : cards.channelSpread.channels.length === 0 ? (
          <p className="empty">{t('programme.channels.none', { year })}</p>
        ) : (
          <>
            <p>{t('programme.channels.count', { count: cards.channelSpread.channels.length })}</p>
            <ul className="plain-list channel-list">
              {cards.channelSpread.channels.map((c) => (
                <li key={c.channel}>
                  <span className="badge">
                    {channelLabel(c.channel)} {c.count}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
