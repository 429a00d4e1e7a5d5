// Runs in: renderer. Filters of the visit list: period (with quick choices), place, company, topic.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyLookup } from '../../../../shared/domain/companies';
import { useQuery } from '../../ui/useQuery';
import { CompanyPicker } from './CompanyPicker';
import type { TopicOption } from './useTopics';
import { last30Days, noFilters, thisYear, type VisitFilters, type VisitSort } from './visitFilters';

interface Props {
  filters: VisitFilters;
  onChange: (filters: VisitFilters) => void;
  topics: TopicOption[];
}

export function VisitFiltersBar({ filters, onChange, topics }: Props) {
  const { t } = useTranslation('visits');
  const localities = useQuery('localities:list', {});
  const company = useQuery('companies:get', { id: filters.company }, !!filters.company);
  // The company just picked is shown at once; one from the address is looked up by id.
  const idBase = useId();
  const ids = {
    from: `${idBase}-from`,
    to: `${idBase}-to`,
    locality: `${idBase}-loc`,
    topic: `${idBase}-topic`,
    sort: `${idBase}-sort`,
  };
  const [picked, setPicked] = useState<CompanyLookup | null>(null);
  let chosenCompany: CompanyLookup | null = null;
  if (filters.company && picked?.id === filters.company) chosenCompany = picked;
  else if (filters.company && company.data?.id === filters.company) {
    const c = company.data;
    chosenCompany = { id: c.id, name: c.name, orgNumber: c.orgNumber, locality: c.locality };
  }
  const set = (patch: Partial<VisitFilters>) => onChange({ ...filters, ...patch });
  const year = thisYear();
  const recent = last30Days();
  const isYear = filters.from === year.from && filters.to === year.to;
  const isRecent = filters.from === recent.from && filters.to === recent.to;
  const anyFilter =
    !!(filters.from || filters.to || filters.locality || filters.company || filters.topic) ||
    filters.followUpOpen;
  const localityOptions = localities.data ?? [];

  return (
    <div className="filters visit-filters" role="group" aria-label={t('filters.label')}>
      <div className="filter-field">
        <label htmlFor={ids.from}>{t('filters.from')}</label>
        <input
          id={ids.from}
          type="date"
          value={filters.from}
          onChange={(e) => set({ from: e.target.value })}
        />
      </div>
      <div className="filter-field">
        <label htmlFor={ids.to}>{t('filters.to')}</label>
        <input
          id={ids.to}
          type="date"
          value={filters.to}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <div className="quick-periods" role="group" aria-label={t('filters.quick')}>
        <button
          type="button"
          className="button"
          aria-pressed={isYear}
          onClick={() => set(isYear ? { from: '', to: '' } : year)}
        >
          {t('filters.thisYear')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={isRecent}
          onClick={() => set(isRecent ? { from: '', to: '' } : recent)}
        >
          {t('filters.last30')}
        </button>
      </div>
      <div className="filter-field">
        <label htmlFor={ids.locality}>{t('filters.locality')}</label>
        <select
          id={ids.locality}
          value={filters.locality}
          onChange={(e) => set({ locality: e.target.value })}
        >
          <option value="">{t('filters.allLocalities')}</option>
          {localityOptions.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          {filters.locality && !localityOptions.includes(filters.locality) && (
            <option value={filters.locality}>{filters.locality}</option>
          )}
        </select>
      </div>
      <div className="filter-company">
        <CompanyPicker
          label={t('filters.company')}
          value={chosenCompany}
          onChange={(c) => {
            setPicked(c);
            set({ company: c?.id ?? '' });
          }}
        />
      </div>
      <div className="filter-field">
        <label htmlFor={ids.topic}>{t('filters.topic')}</label>
        <select
          id={ids.topic}
          value={filters.topic}
          onChange={(e) => set({ topic: e.target.value })}
        >
          <option value="">{t('filters.allTopics')}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.label}
            </option>
          ))}
        </select>
      </div>
      <label className="filter-checkbox">
        <input
          type="checkbox"
          checked={filters.followUpOpen}
          onChange={(e) => set({ followUpOpen: e.target.checked })}
        />
        {t('filters.followUpOpen')}
      </label>
      <div className="filter-field">
        <label htmlFor={ids.sort}>{t('filters.sort')}</label>
        <select
          id={ids.sort}
          value={filters.sort}
          onChange={(e) => set({ sort: e.target.value as VisitSort })}
        >
          <option value="date_desc">{t('filters.sorts.date_desc')}</option>
          <option value="date_asc">{t('filters.sorts.date_asc')}</option>
          <option value="company">{t('filters.sorts.company')}</option>
        </select>
      </div>
      {anyFilter && (
        <button
          type="button"
          className="button"
          onClick={() => onChange({ ...noFilters, sort: filters.sort })}
        >
          {t('actions.clearFilters', { ns: 'common' })}
        </button>
      )}
    </div>
  );
}
