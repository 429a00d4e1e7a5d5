// Runs in: renderer. Per statement, the municipality's mean beside the companies' mean (1–5), each
// bar with its value and number of answers written out: text labels, not colour only.
import { useTranslation } from 'react-i18next';
import type { SelfImageComparisonRow } from '../../../../shared/domain/selfImage';
import { formatMean } from './format';

export function GapChart({ rows }: { rows: SelfImageComparisonRow[] }) {
  const { t } = useTranslation('selfImage');
  const none = t('chart.noAnswers');
  const width = (v: number | null) => `${v === null ? 0 : (v / 5) * 100}%`;
  return (
    <figure className="climate-figure">
      <figcaption className="visually-hidden">{t('chart.caption')}</figcaption>
      <p className="climate-legend" aria-hidden="true">
        <span>
          <span className="climate-bar-fill" /> {t('chart.municipality')}
        </span>
        <span>
          <span className="climate-bar-fill climate-bar-second" /> {t('chart.companies')}
        </span>
      </p>
      <ul className="climate-bars" aria-label={t('chart.caption')}>
        {rows.map((r) => (
          <li key={r.statementId} className="climate-bar-group">
            <span className="climate-bar-name">{r.text}</span>
            <span className="climate-bar">
              <span className="climate-bar-track" aria-hidden="true">
                <span className="climate-bar-fill" style={{ width: width(r.municipalityMean) }} />
              </span>
              <span className="climate-bar-value">
                {t('chart.municipalityValue', {
                  mean: formatMean(r.municipalityMean, none),
                  count: r.municipalityN,
                })}
              </span>
            </span>
            <span className="climate-bar">
              <span className="climate-bar-track" aria-hidden="true">
                <span
                  className="climate-bar-fill climate-bar-second"
                  style={{ width: width(r.companyMean) }}
                />
              </span>
              <span className="climate-bar-value">
                {t('chart.companiesValue', {
                  mean: formatMean(r.companyMean, none),
                  count: r.companyN,
                })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
