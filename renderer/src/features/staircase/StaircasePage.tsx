// Runs in: renderer. '#/analysis/staircase': the distribution over the levels now against an
// earlier date (12 months back unless chosen), who moved, key actors without a level, every
// relation with its level, and the municipality's own staircase (S20, I21).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { twelveMonthsBefore } from '../../../../shared/domain/staircase';
import { href } from '../../app/router';
import { CheckboxField, TextField } from '../../ui/fields';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { todayIso } from './dates';
import { DistributionBars } from './DistributionBars';
import { LevelsEditor } from './LevelsEditor';
import { Movements } from './Movements';
import './climate.css';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function StaircasePage() {
  const { t } = useTranslation('staircase');
  const [date, setDate] = useState(todayIso());
  const [compareTo, setCompareTo] = useState(twelveMonthsBefore(todayIso()));
  const [keyOnly, setKeyOnly] = useState(false);
  const overview = useQuery(
    'staircase:overview',
    isDate(date) && isDate(compareTo) ? { date, compareTo } : {},
  );
  const relations = useQuery('staircase:relations', { keyActorsOnly: keyOnly });
  const levels = useQuery('staircase:levels', {});
  const data = overview.data;

  return (
    <Page title={t('title')} subtitle={t('subtitle')}>
      {overview.error && <ErrorBanner error={overview.error} onRetry={overview.reload} />}
      <section className="card" aria-labelledby="staircase-distribution">
        <h2 id="staircase-distribution">{t('overview.heading')}</h2>
        <div className="climate-dates">
          <TextField
            label={t('overview.date')}
            type="date"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              if (isDate(e.target.value)) setCompareTo(twelveMonthsBefore(e.target.value));
            }}
          />
          <TextField
            label={t('overview.compareTo')}
            type="date"
            value={compareTo}
            onChange={(e) => setCompareTo(e.target.value)}
          />
        </div>
        {data && <DistributionBars now={data.now} before={data.before} />}
      </section>
      {data && (
        <section className="card" aria-labelledby="staircase-moves">
          <h2 id="staircase-moves">
            {t('overview.movesHeading', { from: data.before.date, to: data.now.date })}
          </h2>
          <Movements movements={data.movements} />
        </section>
      )}
      {data && (
        <section className="card" aria-labelledby="staircase-unset">
          <h2 id="staircase-unset">
            {t('overview.unsetHeading', { count: data.unsetKeyActors.length })}
          </h2>
          {data.unsetKeyActors.length === 0 ? (
            <Empty>{t('overview.unsetNone')}</Empty>
          ) : (
            <ul>
              {data.unsetKeyActors.map((a) => (
                <li key={a.id}>
                  <a href={href('stakeholders', a.id)}>{a.name}</a>
                  {a.organisation && <span className="muted"> · {a.organisation}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="card" aria-labelledby="staircase-relations">
        <h2 id="staircase-relations">{t('relations.heading')}</h2>
        <p className="muted">{t('relations.hint')}</p>
        <CheckboxField
          label={t('relations.keyOnly')}
          checked={keyOnly}
          onChange={(e) => setKeyOnly(e.target.checked)}
        />
        {relations.data && relations.data.length === 0 && <Empty>{t('relations.none')}</Empty>}
        {relations.data && relations.data.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('relations.name')}</th>
                  <th scope="col">{t('relations.organisation')}</th>
                  <th scope="col">{t('relations.level')}</th>
                  <th scope="col">{t('relations.since')}</th>
                </tr>
              </thead>
              <tbody>
                {relations.data.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <a href={href('stakeholders', r.id)}>{r.name}</a>
                      {r.keyActor && (
                        <span className="badge badge-flag"> {t('relations.keyActor')}</span>
                      )}
                    </td>
                    <td>{r.organisation}</td>
                    <td>
                      {r.levelName ? `${r.levelPosition}. ${r.levelName}` : t('relations.noLevel')}
                    </td>
                    <td>{r.date ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="staircase-levels">
        <h2 id="staircase-levels">{t('levels.heading')}</h2>
        <p className="muted">{t('levels.hint')}</p>
        {levels.data && <LevelsEditor levels={levels.data} />}
      </section>
    </Page>
  );
}
