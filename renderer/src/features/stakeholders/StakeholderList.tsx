// Runs in: renderer. The Aktörer list: search, filters and a paged table of every stakeholder.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderRow } from '../../../../shared/domain/stakeholders';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { LocalityDatalist } from '../../ui/LocalityDatalist';
import { Page } from '../../ui/Page';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { useDebounced } from '../../ui/useDebounced';
import { CategoryChips, FlagBadges } from './CategoryChips';
import { CategoryFilter } from './CategoryFilter';
import {
  isFiltered,
  noFilters,
  rememberFilters,
  rememberedFilters,
  toListInput,
  type StakeholderFilters,
} from './stakeholderFilters';

const sorts = ['name', 'updated', 'locality'] as const;

export function StakeholderList() {
  const { t } = useTranslation('stakeholders');
  const [filters, setFilters] = useState<StakeholderFilters>(rememberedFilters);
  const update = (patch: Partial<StakeholderFilters>) => {
    const next = { ...filters, ...patch };
    rememberFilters(next);
    setFilters(next);
  };
  const query = useDebounced(filters.query, 200);
  const input = toListInput({ ...filters, query });
  const filtered = isFiltered(filters);

  const columns: Column<StakeholderRow>[] = [
    { key: 'name', header: t('columns.name'), width: '2fr', render: (r) => r.name },
    {
      key: 'organisation',
      header: t('columns.organisation'),
      width: '2fr',
      render: (r) => [r.organisation, r.roleTitle].filter(Boolean).join(' · '),
    },
    {
      key: 'categories',
      header: t('columns.categories'),
      width: '3fr',
      render: (r) => <CategoryChips categories={r.categories} />,
    },
    {
      key: 'flags',
      header: t('columns.flags'),
      width: '1.6fr',
      render: (r) => <FlagBadges keyActor={r.keyActor} champion={r.champion} />,
    },
    {
      key: 'locality',
      header: t('columns.locality'),
      width: '1fr',
      render: (r) => r.locality ?? '',
    },
  ];

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <a className="button button-primary" href={href('stakeholders', 'new')}>
          {t('new')}
        </a>
      }
    >
      <div className="filters" role="search" aria-label={t('filters.label')}>
        <label>
          {t('filters.query')}
          <input
            type="search"
            value={filters.query}
            placeholder={t('filters.queryPlaceholder')}
            onChange={(e) => update({ query: e.target.value })}
          />
        </label>
        <CategoryFilter
          value={filters.categories}
          onChange={(categories) => update({ categories })}
        />
        <label className="check-label">
          <input
            type="checkbox"
            checked={filters.keyActor}
            onChange={(e) => update({ keyActor: e.target.checked })}
          />
          {t('filters.keyActor')}
        </label>
        <label className="check-label">
          <input
            type="checkbox"
            checked={filters.champion}
            onChange={(e) => update({ champion: e.target.checked })}
          />
          {t('filters.champion')}
        </label>
        <label>
          {t('filters.locality')}
          <input
            type="text"
            list="stakeholder-filter-localities"
            value={filters.locality}
            onChange={(e) => update({ locality: e.target.value })}
          />
        </label>
        <LocalityDatalist id="stakeholder-filter-localities" />
        <label>
          {t('filters.sort')}
          <select
            value={filters.sort}
            onChange={(e) => update({ sort: e.target.value as StakeholderFilters['sort'] })}
          >
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            className="button"
            onClick={() => update({ ...noFilters, sort: filters.sort })}
          >
            {t('actions.clearFilters', { ns: 'common' })}
          </button>
        )}
      </div>
      <PagedTable<StakeholderRow>
        label={t('tableLabel')}
        columns={columns}
        queryKey={JSON.stringify(input)}
        fetchPage={(offset, limit) => call('stakeholders:list', { ...input, offset, limit })}
        rowKey={(r) => r.id}
        onOpen={(r) => navigate('stakeholders', r.id)}
        emptyText={filtered ? t('emptyFiltered') : t('empty')}
        testId="stakeholders-table"
      />
    </Page>
  );
}
