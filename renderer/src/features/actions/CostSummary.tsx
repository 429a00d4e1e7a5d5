// Runs in: renderer. F19: planned vs spent hours and kronor per focus area and for the programme;
// I15/I19: the balance of realism and ambition and who carries the actions.
import { useTranslation } from 'react-i18next';
import type { ActionCostRow, ActionSummary } from '../../../../shared/domain/actions';
import { ambitionMarks, realismMarks } from '../../../../shared/domain/actions';
import { label } from '../../i18n';
import { formatNumber } from './labels';

function Amount({ planned, spent }: { planned: number; spent: number }) {
  const { t } = useTranslation('actions');
  return (
    <>
      <td className="num">{formatNumber(planned)}</td>
      <td className="num">
        {formatNumber(spent)}
        {spent > planned && (
          <span className="action-over">
            {' '}
            <span aria-hidden="true">▲</span> {t('costs.over')}
          </span>
        )}
      </td>
    </>
  );
}

function CostLine({ row, name, total }: { row: ActionCostRow; name: string; total?: boolean }) {
  const Cell = total ? 'th' : 'td';
  return (
    <tr className={total ? 'action-cost-total' : undefined}>
      <Cell scope={total ? 'row' : undefined}>{name}</Cell>
      <td className="num">{row.count}</td>
      <Amount planned={row.hoursPlanned} spent={row.hoursSpent} />
      <Amount planned={row.costPlanned} spent={row.costSpent} />
    </tr>
  );
}

export function CostSummary({ summary }: { summary: ActionSummary }) {
  const { t } = useTranslation('actions');
  const unmarked = (counts: number[]) => summary.total - counts.reduce((a, b) => a + b, 0);
  return (
    <div className="action-summary">
      <section className="card" aria-labelledby="action-costs-title">
        <h2 id="action-costs-title">{t('costs.title')}</h2>
        <p className="muted">{t('costs.intro')}</p>
        <div className="table-wrap">
          <table className="data-table action-costs">
            <thead>
              <tr>
                <th scope="col">{t('costs.area')}</th>
                <th scope="col" className="num">
                  {t('costs.count')}
                </th>
                <th scope="col" className="num">
                  {t('costs.hoursPlanned')}
                </th>
                <th scope="col" className="num">
                  {t('costs.hoursSpent')}
                </th>
                <th scope="col" className="num">
                  {t('costs.costPlanned')}
                </th>
                <th scope="col" className="num">
                  {t('costs.costSpent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.costs.map((row) => (
                <CostLine
                  key={row.focusAreaId ?? 'none'}
                  row={row}
                  name={row.focusAreaName ?? t('noFocusArea')}
                />
              ))}
            </tbody>
            <tfoot>
              <CostLine row={summary.costTotal} name={t('costs.total')} total />
            </tfoot>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="action-balance-title">
        <h2 id="action-balance-title">{t('balance.title')}</h2>
        <dl className="details">
          <dt>{t('balance.realism')}</dt>
          <dd>
            {realismMarks.map((m, i) => `${label(m)} ${summary.realism[i]}`).join(' · ')}
            {' · '}
            {t('balance.unmarked', { count: unmarked(summary.realism) })}
          </dd>
          <dt>{t('balance.ambition')}</dt>
          <dd>
            {ambitionMarks.map((m, i) => `${label(m)} ${summary.ambition[i]}`).join(' · ')}
            {' · '}
            {t('balance.unmarked', { count: unmarked(summary.ambition) })}
          </dd>
        </dl>
        <ul className="plain-list">
          <li>{t('balance.municipality', { count: summary.responsibility.municipality })}</li>
          <li>{t('balance.other', { count: summary.responsibility.other })}</li>
        </ul>
      </section>
    </div>
  );
}
