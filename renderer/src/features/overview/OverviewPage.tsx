// Runs in: renderer. Översikt: how the current programme goes (what went well first, then what is
// worth a look and the compact cards), who is in the register, who is missing, where the visits
// went this year and what is waiting for follow-up.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/domain/app';
import { actorFlags } from '../../../../shared/domain/actorCategories';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { CategoryBars } from './CategoryBars';
import { HealthChecks } from './HealthChecks';
import { MonthChart } from './MonthChart';
import './overview.css';
import { ProgrammeCards, Wins } from './ProgrammeCards';

const championFlag = actorFlags.find((f) => f.id === 'champion')!;

export function OverviewPage() {
  const { t } = useTranslation('overview');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const overview = useQuery('overview:get', { year });
  const yearId = useId();
  const years = Array.from({ length: 10 }, (_, i) => thisYear + 1 - i);

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <div className="field year-select">
          <label htmlFor={yearId}>{t('year')}</label>
          <select id={yearId} value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      }
    >
      {overview.error && <ErrorBanner error={overview.error} onRetry={overview.reload} />}
      {overview.data && (
        <OverviewBody data={overview.data} isThisYear={overview.data.year === thisYear} />
      )}
    </Page>
  );
}

function OverviewBody({ data, isThisYear }: { data: Overview; isThisYear: boolean }) {
  const { t } = useTranslation('overview');
  const followUpsHref = `${href('visits')}?followUp=open`;
  return (
    <>
      {data.health ? (
        <>
          <Wins cards={data.health.cards} />
          <div className="overview-programme">
            <HealthChecks report={data.health.report} />
            <ProgrammeCards cards={data.health.cards} />
          </div>
        </>
      ) : (
        <p className="banner banner-info">
          {t('programme.noProgramme')} <a href={href('process')}>{t('programme.toProcess')}</a>
        </p>
      )}
      <div className="grid-3 overview-stats">
        <a className="card stat-card" href={href('stakeholders')}>
          <span className="stat">{data.counts.stakeholders}</span>
          <span className="stat-label">{t('counts.stakeholders')}</span>
        </a>
        <a className="card stat-card" href={href('companies')}>
          <span className="stat">{data.counts.companies}</span>
          <span className="stat-label">{t('counts.companies')}</span>
        </a>
        <a className="card stat-card" href={href('visits')}>
          <span className="stat">{data.counts.visits}</span>
          <span className="stat-label">{t('counts.visits')}</span>
        </a>
        <a
          className="card stat-card"
          href={`${href('visits')}?from=${data.year}-01-01&to=${data.year}-12-31`}
        >
          <span className="stat">{data.visitsThisYear}</span>
          <span className="stat-label">{t('counts.visitsYear', { year: data.year })}</span>
        </a>
        <a className="card stat-card" href={followUpsHref}>
          <span className="stat">{data.followUpsOpen}</span>
          <span className="stat-label">{t('counts.followUps')}</span>
        </a>
      </div>

      <div className="grid-2">
        <CategoryBars perCategory={data.perCategory} emptyCategories={data.emptyCategories} />
        <section className="card" aria-labelledby="overview-key-actors">
          <h2 id="overview-key-actors">{t('keyActors.title')}</h2>
          <p>
            {t('keyActors.counts', {
              keyActors: data.keyActorCount,
              champions: data.championCount,
            })}
          </p>
          {data.keyActors.length === 0 ? (
            <p className="empty">{t('keyActors.none')}</p>
          ) : (
            <ul className="plain-list key-actor-list">
              {data.keyActors.map((a) => (
                <li key={a.id}>
                  <a href={href('stakeholders', a.id)}>{a.name}</a>
                  {a.champion && <span className="badge badge-success">{label(championFlag)}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="grid-2">
        <section className="card" aria-labelledby="overview-visits">
          <h2 id="overview-visits">{t('visits.title', { year: data.year })}</h2>
          <p>
            {t('visits.total', { count: data.visitsThisYear, year: data.year })}{' '}
            <a href={href('visits', 'new')}>{t('visits.log')}</a>
          </p>
          <MonthChart year={data.year} perMonth={data.visitsPerMonth} />
          <p>
            {data.followUpsOpen > 0 ? (
              <a href={followUpsHref}>{t('visits.followUps', { count: data.followUpsOpen })}</a>
            ) : (
              t('visits.noFollowUps')
            )}
          </p>
        </section>
        <section className="card" aria-labelledby="overview-localities">
          <h2 id="overview-localities">{t('localities.title')}</h2>
          {data.localitiesReached.length === 0 && data.localitiesNotReached.length === 0 ? (
            <p className="empty">
              {t('localities.noneDefined')}{' '}
              <a href={href('settings')}>{t('localities.toSettings')}</a>
            </p>
          ) : (
            <>
              <h3>
                {isThisYear
                  ? t('localities.reachedThisYear')
                  : t('localities.reachedYear', { year: data.year })}
              </h3>
              {data.localitiesReached.length === 0 ? (
                <p className="empty">{t('localities.noneReached')}</p>
              ) : (
                <ul className="plain-list locality-list">
                  {data.localitiesReached.map((l) => (
                    <li key={l.name}>
                      {l.name}: {t('localities.visits', { count: l.visits })}
                    </li>
                  ))}
                </ul>
              )}
              <p className="missing-line">
                <strong>
                  {isThisYear
                    ? t('localities.notReachedThisYear')
                    : t('localities.notReachedYear', { year: data.year })}
                </strong>{' '}
                {data.localitiesNotReached.length > 0
                  ? data.localitiesNotReached.join(', ')
                  : t('localities.allReached')}
              </p>
            </>
          )}
        </section>
      </div>
    </>
  );
}
