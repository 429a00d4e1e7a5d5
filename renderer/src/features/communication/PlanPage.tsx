// Runs in: renderer. Kommunikationsplan: every planned message of the current programme with its
// audiences, channel, time, responsible and status; upward reporting (F23) marked.
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../../shared/domain/communication';
import type { Programme } from '../../../../shared/domain/process';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { CommunicationTabs } from './CommunicationTabs';
import { BriefingReminders } from './BriefingReminders';
import { audienceList, channelLabel, planStatusEntry } from './labels';

function PlanRow({ item }: { item: PlanItem }) {
  const { t } = useTranslation('communication');
  const status = planStatusEntry(item.status);
  return (
    <tr data-plan-id={item.id}>
      <td>{item.plannedDate ?? (item.period || t('none'))}</td>
      <td className="wrap">
        <a href={href('communication', 'plan', item.id)}>{item.message}</a>
        {item.upward && (
          <>
            {' '}
            <span className="badge badge-flag" title={t('upwardHint')}>
              <span aria-hidden="true">↑ </span>
              {t('upward')}
            </span>
          </>
        )}
        {item.source && (
          <div className="muted">
            {t('plan.fromSource', {
              kind: t(`sourceKind.${item.source.kind}`),
              label: item.source.label ?? t('gone'),
            })}
          </div>
        )}
        {item.logCount > 0 && (
          <div className="muted">{t('plan.logged', { count: item.logCount })}</div>
        )}
      </td>
      <td className="wrap">{audienceList(item.audiences)}</td>
      <td>{channelLabel(item.channel)}</td>
      <td className="wrap">{item.responsibleName || t('none')}</td>
      <td>
        <span className={`badge comm-status-${item.status}`}>
          <span aria-hidden="true">{status.icon} </span>
          {label(status)}
        </span>
      </td>
    </tr>
  );
}

export function PlanPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('communication');
  const plan = useQuery('communication:planList', { programmeId: programme.id });
  const items = plan.data ?? [];
  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle', { programme: programme.name })}
      actions={
        <a className="button button-primary" href={href('communication', 'new')}>
          {t('plan.new')}
        </a>
      }
    >
      <CommunicationTabs current="plan" />
      <BriefingReminders programmeId={programme.id} compact />
      <p className="muted">{t('plan.intro')}</p>
      {plan.error && <ErrorBanner error={plan.error} onRetry={plan.reload} />}
      {plan.data && items.length === 0 && <p className="empty">{t('plan.empty')}</p>}
      {items.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t('plan.count', {
              count: items.length,
              upward: items.filter((i) => i.upward).length,
            })}
          </p>
          <div className="comm-table-wrap">
            <table className="data-table comm-table">
              <caption className="visually-hidden">{t('tabs.plan')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.columns.when')}</th>
                  <th scope="col">{t('plan.columns.message')}</th>
                  <th scope="col">{t('plan.columns.audiences')}</th>
                  <th scope="col">{t('plan.columns.channel')}</th>
                  <th scope="col">{t('plan.columns.responsible')}</th>
                  <th scope="col">{t('plan.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <PlanRow key={item.id} item={item} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Page>
  );
}
