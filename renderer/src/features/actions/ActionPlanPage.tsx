// Runs in: renderer. Handlingsplan: the actions of the current programme grouped by focus area,
// with kind tabs, filters, warnings and the resources per focus area.
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { ActionFiltersBar, KindTabs } from './ActionFiltersBar';
import { ActionGroupSection } from './ActionGroupSection';
import { anyActionFilter, filterInput, setActionFilters, useActionFilters } from './actionFilters';
import { CostSummary } from './CostSummary';

export function ActionPlanPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('actions');
  const filters = useActionFilters();
  const input = filterInput(programme.id, filters);
  const groups = useQuery('actions:groups', input);
  const summary = useQuery('actions:summary', { programmeId: programme.id });
  const filtered = anyActionFilter(filters);
  const stalledDays = summary.data?.stalledDays ?? 60;
  const shown = (groups.data ?? []).filter((g) => !filtered || g.count > 0);

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle', { programme: programme.name })}
      actions={
        <>
          <a className="button button-primary" href={href('actions', 'new')}>
            {t('new')}
          </a>
          <a className="button" href={href('actions', 'workshop')}>
            <span aria-hidden="true">▣ </span>
            {t('workshop')}
          </a>
        </>
      }
    >
      <KindTabs filters={filters} onChange={setActionFilters} />
      <ActionFiltersBar filters={filters} onChange={setActionFilters} />
      {summary.data && (
        <p className="muted" aria-live="polite">
          {t('filters.summary', {
            total: summary.data.total,
            stalled: summary.data.stalled,
            incomplete: summary.data.incomplete,
          })}
        </p>
      )}
      {groups.error && <ErrorBanner error={groups.error} onRetry={groups.reload} />}
      {groups.data && shown.length === 0 && (
        <p className="empty">
          {filtered ? t('list.emptyFiltered', { ns: 'common' }) : t('group.empty')}
        </p>
      )}
      {shown.map((g) => (
        <ActionGroupSection
          key={`${g.focusArea?.id ?? 'none'}-${JSON.stringify(input)}`}
          group={g}
          filter={input}
          stalledDays={stalledDays}
        />
      ))}
      {summary.error && <ErrorBanner error={summary.error} onRetry={summary.reload} />}
      {summary.data && summary.data.total > 0 && <CostSummary summary={summary.data} />}
    </Page>
  );
}
