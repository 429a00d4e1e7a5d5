// Runs in: renderer. The kind tabs (stående / årshjul / projekt) and the filters of the action plan.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionKinds,
  actionStatuses,
  responsibleOrgKinds,
  type ActionKind,
  type ActionStatus,
  type ResponsibleOrgKind,
} from '../../../../shared/domain/actions';
import { label } from '../../i18n';
import { useDebounced } from '../../ui/useDebounced';
import { anyActionFilter, noActionFilters, type ActionFilters } from './actionFilters';

interface Props {
  filters: ActionFilters;
  onChange: (filters: ActionFilters) => void;
}

export function KindTabs({ filters, onChange }: Props) {
  const { t } = useTranslation('actions');
  const tabs: { id: ActionKind | ''; text: string }[] = [
    { id: '', text: t('kinds.all') },
    ...actionKinds.map((k) => ({ id: k.id, text: label(k) })),
  ];
  return (
    <div className="action-kind-tabs" role="group" aria-label={t('kinds.label')}>
      {tabs.map((tab) => (
        <button
          key={tab.id || 'all'}
          type="button"
          className="button"
          aria-pressed={filters.kind === tab.id}
          onClick={() => onChange({ ...filters, kind: tab.id })}
        >
          {tab.text}
        </button>
      ))}
    </div>
  );
}

export function ActionFiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation('actions');
  const base = useId();
  const [responsible, setResponsible] = useState(filters.responsible);
  const settled = useDebounced(responsible, 250);
  useEffect(() => {
    if (settled !== filters.responsible) onChange({ ...filters, responsible: settled });
    // Only the settled text drives the address; the other filters are already in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  const set = (patch: Partial<ActionFilters>) => onChange({ ...filters, ...patch });

  return (
    <div className="filters action-filters" role="group" aria-label={t('filters.label')}>
      <div className="filter-field">
        <label htmlFor={`${base}-status`}>{t('filters.status')}</label>
        <select
          id={`${base}-status`}
          value={filters.status}
          onChange={(e) => set({ status: e.target.value as ActionStatus | '' })}
        >
          <option value="">{t('filters.allStatuses')}</option>
          {actionStatuses.map((s) => (
            <option key={s.id} value={s.id}>
              {label(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${base}-resp`}>{t('filters.responsible')}</label>
        <input
          id={`${base}-resp`}
          type="search"
          placeholder={t('filters.responsiblePlaceholder')}
          value={responsible}
          onChange={(e) => setResponsible(e.target.value)}
        />
      </div>
      <div className="filter-field">
        <label htmlFor={`${base}-org`}>{t('filters.orgKind')}</label>
        <select
          id={`${base}-org`}
          value={filters.orgKind}
          onChange={(e) => set({ orgKind: e.target.value as ResponsibleOrgKind | '' })}
        >
          <option value="">{t('filters.allOrgKinds')}</option>
          {responsibleOrgKinds.map((k) => (
            <option key={k.id} value={k.id}>
              {label(k)}
            </option>
          ))}
        </select>
      </div>
      <label className="check-label">
        <input
          type="checkbox"
          checked={filters.stalled}
          onChange={(e) => set({ stalled: e.target.checked })}
        />
        {t('filters.stalled')}
      </label>
      <label className="check-label">
        <input
          type="checkbox"
          checked={filters.incomplete}
          onChange={(e) => set({ incomplete: e.target.checked })}
        />
        {t('filters.incomplete')}
      </label>
      {anyActionFilter({ ...filters, kind: '' }) && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setResponsible('');
            onChange({ ...noActionFilters, kind: filters.kind });
          }}
        >
          {t('actions.clearFilters', { ns: 'common' })}
        </button>
      )}
    </div>
  );
}
