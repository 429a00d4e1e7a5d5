// Runs in: renderer. The statements where the two views differ most, largest gap first, with the
// direction written out in words.
import { useTranslation } from 'react-i18next';
import type { SelfImageComparisonRow } from '../../../../shared/domain/selfImage';
import { Empty } from '../../ui/Page';
import { formatGap, formatMean } from './format';

export function GapTable({ gaps }: { gaps: SelfImageComparisonRow[] }) {
  const { t } = useTranslation('selfImage');
  if (gaps.length === 0) return <Empty>{t('gaps.none')}</Empty>;
  const none = t('chart.noAnswers');
  const direction = (gap: number) => {
    if (Math.abs(gap) < 0.05) return t('gaps.same');
    return gap > 0 ? t('gaps.municipalityHigher') : t('gaps.companiesHigher');
  };
  return (
    <div className="table-scroll">
      <table className="data-table climate-wrap-table">
        <caption className="visually-hidden">{t('gaps.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gaps.statement')}</th>
            <th scope="col" className="num">
              {t('gaps.municipality')}
            </th>
            <th scope="col" className="num">
              {t('gaps.companies')}
            </th>
            <th scope="col" className="num">
              {t('gaps.gap')}
            </th>
            <th scope="col">{t('gaps.direction')}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((g) => (
            <tr key={g.statementId}>
              <td>{g.text}</td>
              <td className="num">
                {formatMean(g.municipalityMean, none)}{' '}
                <span className="muted">(n={g.municipalityN})</span>
              </td>
              <td className="num">
                {formatMean(g.companyMean, none)} <span className="muted">(n={g.companyN})</span>
              </td>
              <td className="num climate-gap-positive">{formatGap(g.gap, none)}</td>
              <td>{direction(g.gap!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
