// Runs in: renderer. One communication item: everything the plan knows about it, the result it tells
// about (a link back to the action or goal), the log entries that carried it out, and what can be
// done with it: log it as done, edit, delete.
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../../shared/domain/communication';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { audienceList, channelLabel, planStatusEntry } from './labels';
import { SourceLink } from './SourceLink';
import { useDeleteWithUndo } from './useDeleteWithUndo';

export function PlanItemDetail({ id }: { id: string }) {
  const { t } = useTranslation('communication');
  const item = useQuery('communication:planGet', { id });
  if (item.error) {
    return (
      <Page title={t('tabs.plan')}>
        <ErrorBanner error={item.error} onRetry={item.reload} />
        <a href={href('communication')}>{t('tabs.plan')}</a>
      </Page>
    );
  }
  if (!item.data) return <Page title={t('tabs.plan')}>{null}</Page>;
  return <PlanItemView item={item.data} />;
}

function PlanItemView({ item }: { item: PlanItem }) {
  const { t } = useTranslation('communication');
  const log = useQuery('communication:logList', { programmeId: item.programmeId });
  const entries = (log.data ?? []).filter((e) => e.planItemId === item.id);
  const status = planStatusEntry(item.status);
  const none = t('none');
  const { busy, remove } = useDeleteWithUndo(
    'plan',
    item.id,
    t('planForm.deletedName', { what: item.message.slice(0, 60) }),
    ['communication'],
    ['communication', 'plan', item.id],
  );
  return (
    <Page
      title={item.message}
      subtitle={
        <>
          <span aria-hidden="true">{status.icon} </span>
          {label(status)} · {channelLabel(item.channel)}
          {item.upward && ` · ↑ ${t('upward')}`}
        </>
      }
      actions={
        <>
          <a className="button button-primary" href={href('communication', 'log', 'new', item.id)}>
            {t('planForm.logIt')}
          </a>
          <a className="button" href={href('communication', 'plan', item.id, 'edit')}>
            {t('actions.edit', { ns: 'common' })}
          </a>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('actions.delete', { ns: 'common' })}
          </button>
        </>
      }
    >
      <p>
        <a href={href('communication')}>{t('tabs.plan')}</a>
      </p>
      <div className="card">
        <dl className="details">
          {item.source && (
            <>
              <dt>{t('planForm.source')}</dt>
              <dd>
                <SourceLink source={item.source} />
              </dd>
            </>
          )}
          <dt>{t('planForm.why')}</dt>
          <dd className="action-prose">{item.why || none}</dd>
          <dt>{t('planForm.audiences')}</dt>
          <dd>{audienceList(item.audiences)}</dd>
          <dt>{t('plan.columns.when')}</dt>
          <dd>{[item.plannedDate, item.period].filter(Boolean).join(' · ') || none}</dd>
          <dt>{t('planForm.responsible')}</dt>
          <dd>
            {item.responsibleStakeholderId ? (
              <a href={href('stakeholders', item.responsibleStakeholderId)}>
                {item.responsibleName}
              </a>
            ) : (
              item.responsibleName || none
            )}
          </dd>
          <dt>{t('upward')}</dt>
          <dd>{item.upward ? t('form.yes', { ns: 'common' }) : t('form.no', { ns: 'common' })}</dd>
          {item.note && (
            <>
              <dt>{t('planForm.note')}</dt>
              <dd className="action-prose">{item.note}</dd>
            </>
          )}
          <dt>{t('tabs.log')}</dt>
          <dd>
            {entries.length > 0 ? (
              <ul className="plain-list">
                {entries.map((e) => (
                  <li key={e.id}>
                    <a href={href('communication', 'log', e.id)}>
                      {e.date}: {e.what}
                    </a>
                    {e.reach && <span className="muted"> · {e.reach}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
        </dl>
      </div>
    </Page>
  );
}
