// Runs in: renderer. Per level, two bars: the relations there on the chosen date and on the date
// compared with. Each bar has its count written out, so nothing depends on seeing the bars.
import { useTranslation } from 'react-i18next';
import type { StaircaseDistribution } from '../../../../shared/domain/staircase';

export function DistributionBars({
  now,
  before,
}: {
  now: StaircaseDistribution;
  before: StaircaseDistribution;
}) {
  const { t } = useTranslation('staircase');
  const max = Math.max(1, ...now.counts.map((c) => c.count), ...before.counts.map((c) => c.count));
  const countOf = (d: StaircaseDistribution, id: string) =>
    d.counts.find((c) => c.levelId === id)?.count ?? 0;
  return (
    <>
      <p className="climate-legend" aria-hidden="true">
        <span>
          <span className="climate-bar-fill" /> {t('overview.nowLegend', { date: now.date })}
        </span>
        <span>
          <span className="climate-bar-fill climate-bar-second" />{' '}
          {t('overview.beforeLegend', { date: before.date })}
        </span>
      </p>
      <ul className="climate-bars" aria-label={t('overview.distributionLabel')}>
        {[...now.counts].reverse().map((c) => {
          const then = countOf(before, c.levelId);
          return (
            <li key={c.levelId} className="climate-bar-group">
              <span className="climate-bar-name">{`${c.position}. ${c.name}`}</span>
              <span className="climate-bar">
                <span className="climate-bar-track" aria-hidden="true">
                  <span
                    className="climate-bar-fill"
                    style={{ width: `${(c.count / max) * 100}%` }}
                  />
                </span>
                <span className="climate-bar-value">
                  {t('overview.countNow', { count: c.count, date: now.date })}
                </span>
              </span>
              <span className="climate-bar">
                <span className="climate-bar-track" aria-hidden="true">
                  <span
                    className="climate-bar-fill climate-bar-second"
                    style={{ width: `${(then / max) * 100}%` }}
                  />
                </span>
                <span className="climate-bar-value">
                  {t('overview.countBefore', { count: then, date: before.date })}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('overview.totals', { now: now.total, before: before.total })}</p>
    </>
  );
}
