// Runs in: renderer. The goals of one focus area: action-plan goals indented under the programme
// goal they serve (I08), each with its indicator, values and status.
import { useTranslation } from 'react-i18next';
import type { GoalRow } from '../../../../shared/domain/goals';
import { href } from '../../app/router';
import { formatNumber } from './format';
import { StatusBadge } from './StatusBadge';

export function GoalsTable({ goals, caption }: { goals: GoalRow[]; caption: string }) {
  const { t } = useTranslation('goals');
  if (goals.length === 0) return <p className="muted">{t('list.noGoals')}</p>;
  const value = (v: number | null) => (v === null ? t('list.none') : formatNumber(v));
  return (
    <div className="table-wrap">
      <table className="data-table goals-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.columns.goal')}</th>
            <th scope="col">{t('list.columns.indicator')}</th>
            <th scope="col" className="num">
              {t('list.columns.baseline')}
            </th>
            <th scope="col" className="num">
              {t('list.columns.latest')}
            </th>
            <th scope="col" className="num">
              {t('list.columns.target')}
            </th>
            <th scope="col">{t('list.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => (
            <tr key={g.id} className={g.levelKind === 'action_plan' ? 'goal-child' : undefined}>
              <td className="goal-text-cell">
                {g.levelKind === 'action_plan' && (
                  <>
                    <span aria-hidden="true">↳ </span>
                    <span className="visually-hidden">{t('list.actionPlanGoal')} </span>
                  </>
                )}
                <a href={href('goals', g.id)}>{g.text}</a>
              </td>
              <td className="goal-indicator-cell">
                {g.indicatorName ? (
                  <>
                    {g.indicatorName}
                    {g.indicatorUnit && <span className="muted"> ({g.indicatorUnit})</span>}
                  </>
                ) : (
                  <span className="muted">{t('list.noIndicator')}</span>
                )}
              </td>
              <td className="num">{value(g.baselineValue)}</td>
              <td className="num">
                {value(g.latestValue)}
                {g.latestDate && <div className="muted">{g.latestDate}</div>}
              </td>
              <td className="num">
                {value(g.targetValue)}
                {g.targetDate && <div className="muted">{g.targetDate}</div>}
              </td>
              <td>
                <StatusBadge status={g.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
