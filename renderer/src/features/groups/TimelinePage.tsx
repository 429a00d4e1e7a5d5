// Runs in: renderer. Tidplan: the programme's step due dates, meetings and decision-track dates in
// one chronological list by month, with today marked and overdue items told by icon and word.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem, TimelineMonth } from '../../../../shared/domain/groups';
import { stepById } from '../../../../shared/process';
import { href } from '../../app/router';
import { currentLanguage, label } from '../../i18n';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { meetingKindLabel, meetingStatusIcon } from './labels';

const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString(
    currentLanguage() === 'en' ? 'en-GB' : 'sv-SE',
    {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    },
  );

function itemLink(item: TimelineItem): string {
  if (item.source === 'meeting') return href('meetings', item.refId);
  if (item.source === 'caseStage') return href('cases', item.refId);
  return href('process', 'step', item.refId);
}

function TodayMarker({ today }: { today: string }) {
  const { t } = useTranslation('groups');
  return (
    <li className="timeline-today" aria-current="date">
      <strong>
        <span aria-hidden="true">▶ </span>
        {t('timeline.today', { date: today })}
      </strong>
    </li>
  );
}

function Item({ item }: { item: TimelineItem }) {
  const { t } = useTranslation('groups');
  const step = item.source === 'step' ? stepById(item.refId) : undefined;
  const title = step ? label(step.title) : item.title;
  const what =
    item.source === 'meeting'
      ? meetingKindLabel(item.kind)
      : item.source === 'caseStage'
        ? t(`timeline.stage.${item.kind}`, { defaultValue: item.kind.toUpperCase() })
        : t('timeline.stepDue');
  const icon =
    item.source === 'meeting'
      ? meetingStatusIcon(
          item.state === 'done' ? 'held' : item.state === 'cancelled' ? 'cancelled' : 'planned',
        )
      : item.state === 'done'
        ? '✔'
        : '○';
  return (
    <li className={item.overdue ? 'timeline-item timeline-overdue' : 'timeline-item'}>
      <span className="timeline-date">
        {item.date}
        {item.time ? ` ${item.time}` : ''}
      </span>{' '}
      <span className="badge">{t(`timeline.source.${item.source}`)}</span>{' '}
      <span aria-hidden="true">{icon} </span>
      <a href={itemLink(item)}>{title}</a> <span className="muted">· {what}</span>{' '}
      {item.state === 'done' && <span className="badge badge-success">{t('timeline.done')}</span>}
      {item.state === 'cancelled' && <span className="badge">{t('timeline.cancelled')}</span>}
      {item.overdue && (
        <span className="badge badge-warning">
          <span aria-hidden="true">⚠ </span>
          {item.source === 'meeting' ? t('timeline.notMarked') : t('timeline.overdue')}
        </span>
      )}
    </li>
  );
}

/** The months with today's marker placed before the first item after today. */
function Months({ months, today }: { months: TimelineMonth[]; today: string }) {
  let placed = false;
  const marker = (month: string) => {
    placed = true;
    return <TodayMarker key={`today-${month}`} today={today} />;
  };
  const todayMonth = today.slice(0, 7);
  return (
    <>
      {months.map((m) => {
        const beforeMonth = !placed && m.month > todayMonth;
        return (
          <Fragment key={m.month}>
            {beforeMonth && (
              <section className="card timeline-month" aria-label={monthName(todayMonth)}>
                <h2>{monthName(todayMonth)}</h2>
                <ul className="plain-list">{marker(todayMonth)}</ul>
              </section>
            )}
            <section className="card timeline-month" aria-labelledby={`month-${m.month}`}>
              <h2 id={`month-${m.month}`}>{monthName(m.month)}</h2>
              <ul className="plain-list">
                {m.items.map((item) => (
                  <Fragment key={item.key}>
                    {!placed && item.date > today && marker(m.month)}
                    <Item item={item} />
                  </Fragment>
                ))}
                {!placed && m.month === todayMonth && marker(m.month)}
              </ul>
            </section>
          </Fragment>
        );
      })}
      {!placed && (
        <section className="card timeline-month" aria-label={monthName(todayMonth)}>
          <h2>{monthName(todayMonth)}</h2>
          <ul className="plain-list">{marker(todayMonth)}</ul>
        </section>
      )}
    </>
  );
}

export function TimelinePage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('groups');
  const query = useQuery('timeline:get', { programmeId });
  return (
    <Page title={t('timeline.title')} subtitle={t('timeline.subtitle')}>
      {query.error && <ErrorBanner error={query.error} onRetry={query.reload} />}
      {query.data && query.data.months.length === 0 && <Empty>{t('timeline.empty')}</Empty>}
      {query.data && query.data.months.length > 0 && (
        <Months months={query.data.months} today={query.data.today} />
      )}
    </Page>
  );
}
