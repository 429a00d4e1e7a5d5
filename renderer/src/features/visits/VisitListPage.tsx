// Runs in: renderer. The visit log: filters and a paged, virtualized table that stays fast at 20,000 visits.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../../../shared/domain/visits';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { Page } from '../../ui/Page';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { useTopics } from './useTopics';
import { VisitFiltersBar } from './VisitFiltersBar';
import { listInput, setVisitFilters, useVisitFilters } from './visitFilters';

export function VisitListPage() {
  const { t } = useTranslation('visits');
  const filters = useVisitFilters();
  const { options, labelOf } = useTopics();
  const input = listInput(filters);
  const queryKey = JSON.stringify(input);

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('visits:list', { ...(JSON.parse(queryKey) as typeof input), offset, limit }),
    [queryKey],
  );

  const columns: Column<VisitRow>[] = [
    { key: 'date', header: t('columns.date'), width: '105px', render: (v) => v.visitDate },
    {
      key: 'company',
      header: t('columns.company'),
      width: 'minmax(140px, 2fr)',
      render: (v) => v.companyName,
    },
    {
      key: 'locality',
      header: t('columns.locality'),
      width: 'minmax(90px, 1fr)',
      render: (v) => v.locality ?? '',
    },
    {
      key: 'purpose',
      header: t('columns.purpose'),
      width: 'minmax(120px, 2fr)',
      render: (v) => v.purpose,
    },
    {
      key: 'topics',
      header: t('columns.topics'),
      width: 'minmax(120px, 2fr)',
      render: (v) => v.topics.map(labelOf).join(', '),
    },
    {
      key: 'flags',
      header: t('columns.flags'),
      width: 'minmax(150px, 1.5fr)',
      render: (v) => (
        <span className="visit-badges">
          {v.followUpNeeded && !v.followUpDone && (
            <span className="badge badge-warning">{t('badges.followUp')}</span>
          )}
          {v.confidential && (
            <span className="badge badge-confidential">{t('badges.confidential')}</span>
          )}
          {v.obstacleCount > 0 && (
            <span className="badge">{t('badges.obstacles', { count: v.obstacleCount })}</span>
          )}
        </span>
      ),
    },
  ];

  const anyFilter = !!(
    input.from ||
    input.to ||
    input.locality ||
    input.companyId ||
    input.topic ||
    input.followUpOpen
  );
  const newHref = filters.company
    ? `${href('visits', 'new')}?company=${encodeURIComponent(filters.company)}`
    : href('visits', 'new');

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <a className="button button-primary" href={newHref}>
          {t('new')}
        </a>
      }
    >
      <VisitFiltersBar filters={filters} topics={options} onChange={setVisitFilters} />
      <PagedTable<VisitRow>
        label={t('list.label')}
        testId="visits-table"
        columns={columns}
        fetchPage={fetchPage}
        queryKey={queryKey}
        rowKey={(v) => v.id}
        onOpen={(v) => navigate('visits', v.id)}
        emptyText={anyFilter ? t('list.emptyFiltered') : t('list.empty')}
      />
    </Page>
  );
}
