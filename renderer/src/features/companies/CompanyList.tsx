// Runs in: renderer. The company register: search, filters and a paged table over every company.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sizeClasses, type CompanyRow } from '../../../../shared/domain/companies';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { Page } from '../../ui/Page';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { useDebounced } from '../../ui/useDebounced';
import { useQuery } from '../../ui/useQuery';
import {
  isFiltered,
  noFilters,
  rememberFilters,
  rememberedFilters,
  toListInput,
  type CompanyFilters,
} from './companyFilters';

const sorts = ['name', 'locality', 'lastVisit', 'updated'] as const;

export function CompanyList() {
  const { t } = useTranslation('companies');
  const localities = useQuery('localities:list', {});
  const [filters, setFilters] = useState<CompanyFilters>(rememberedFilters);
  const update = (patch: Partial<CompanyFilters>) => {
    const next = { ...filters, ...patch };
    rememberFilters(next);
    setFilters(next);
  };
  const query = useDebounced(filters.query, 200);
  const input = toListInput({ ...filters, query });
  const filtered = isFiltered(filters);

  const columns: Column<CompanyRow>[] = [
    { key: 'name', header: t('columns.name'), width: '2.5fr', render: (r) => r.name },
    {
      key: 'orgNumber',
      header: t('columns.orgNumber'),
      width: '120px',
      render: (r) => r.orgNumber ?? '',
    },
    {
      key: 'industry',
      header: t('columns.industry'),
      width: '2fr',
      render: (r) =>
        r.industry && r.sniCode ? `${r.industry} (${r.sniCode})` : (r.industry ?? r.sniCode ?? ''),
    },
    {
      key: 'locality',
      header: t('columns.locality'),
      width: '1fr',
      render: (r) => r.locality ?? '',
    },
    { key: 'visits', header: t('columns.visits'), width: '70px', render: (r) => r.visitCount },
    {
      key: 'lastVisit',
      header: t('columns.lastVisit'),
      width: '110px',
      render: (r) => r.lastVisit ?? '',
    },
  ];

  // A locality chosen earlier stays selectable even if it has left the list since.
  const localityNames = localities.data ?? [];
  const localityOptions =
    filters.locality && !localityNames.includes(filters.locality)
      ? [filters.locality, ...localityNames]
      : localityNames;

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <>
          <a className="button" href={href('companies', 'import')}>
            {t('import')}
          </a>
          <a className="button button-primary" href={href('companies', 'new')}>
            {t('new')}
          </a>
        </>
      }
    >
      <div className="filters" role="search" aria-label={t('filters.label')}>
        <label>
          {t('filters.query')}
          <input
            type="search"
            className="filter-query"
            value={filters.query}
            placeholder={t('filters.queryPlaceholder')}
            onChange={(e) => update({ query: e.target.value })}
          />
        </label>
        <label>
          {t('filters.locality')}
          <select value={filters.locality} onChange={(e) => update({ locality: e.target.value })}>
            <option value="">{t('filters.allLocalities')}</option>
            {localityOptions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.sizeClass')}
          <select value={filters.sizeClass} onChange={(e) => update({ sizeClass: e.target.value })}>
            <option value="">{t('filters.allSizes')}</option>
            {sizeClasses.map((s) => (
              <option key={s.id} value={s.id}>
                {label(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.sort')}
          <select
            value={filters.sort}
            onChange={(e) => update({ sort: e.target.value as CompanyFilters['sort'] })}
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
      <PagedTable<CompanyRow>
        label={t('tableLabel')}
        columns={columns}
        queryKey={JSON.stringify(input)}
        fetchPage={(offset, limit) => call('companies:list', { ...input, offset, limit })}
        rowKey={(r) => r.id}
        onOpen={(r) => navigate('companies', r.id)}
        emptyText={filtered ? t('emptyFiltered') : t('empty')}
        testId="companies-table"
      />
    </Page>
  );
}
