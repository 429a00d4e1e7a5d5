// Runs in: renderer. The visit list's filters live in the address ('#/visits?followUp=open'), so the
// overview and company pages can link to a filtered list and a reload keeps the officer's view.
import { useSyncExternalStore } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import { localDate } from './visitFormState';

export type VisitSort = 'date_desc' | 'date_asc' | 'company';

export interface VisitFilters {
  from: string;
  to: string;
  locality: string;
  company: string;
  topic: string;
  followUpOpen: boolean;
  sort: VisitSort;
}

const sorts: VisitSort[] = ['date_desc', 'date_asc', 'company'];

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const queryString = () => window.location.hash.split('?')[1] ?? '';

export function parseVisitFilters(query: string): VisitFilters {
  const p = new URLSearchParams(query);
  const sort = p.get('sort') as VisitSort | null;
  return {
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    locality: p.get('locality') ?? '',
    company: p.get('company') ?? '',
    topic: p.get('topic') ?? '',
    followUpOpen: p.get('followUp') === 'open',
    sort: sort && sorts.includes(sort) ? sort : 'date_desc',
  };
}

export function useVisitFilters(): VisitFilters {
  const query = useSyncExternalStore(subscribe, queryString);
  return parseVisitFilters(query);
}

/** Replaces the filters in the address without a new history entry for every keystroke. */
export function setVisitFilters(filters: VisitFilters): void {
  const p = new URLSearchParams();
  if (filters.from) p.set('from', filters.from);
  if (filters.to) p.set('to', filters.to);
  if (filters.locality) p.set('locality', filters.locality);
  if (filters.company) p.set('company', filters.company);
  if (filters.topic) p.set('topic', filters.topic);
  if (filters.followUpOpen) p.set('followUp', 'open');
  if (filters.sort !== 'date_desc') p.set('sort', filters.sort);
  const query = p.toString();
  window.history.replaceState(null, '', `#/visits${query ? `?${query}` : ''}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export const noFilters: VisitFilters = {
  from: '',
  to: '',
  locality: '',
  company: '',
  topic: '',
  followUpOpen: false,
  sort: 'date_desc',
};

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The list call's input; half-typed dates are left out rather than sent and refused. */
export function listInput(filters: VisitFilters): MethodInput<'visits:list'> {
  return {
    from: isDate(filters.from) ? filters.from : undefined,
    to: isDate(filters.to) ? filters.to : undefined,
    locality: filters.locality || undefined,
    companyId: filters.company || undefined,
    topic: filters.topic || undefined,
    followUpOpen: filters.followUpOpen || undefined,
    sort: filters.sort,
  };
}

export function thisYear(now = new Date()): { from: string; to: string } {
  return { from: `${now.getFullYear()}-01-01`, to: `${now.getFullYear()}-12-31` };
}

export function last30Days(now = new Date()): { from: string; to: string } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 30);
  return { from: localDate(start), to: localDate(now) };
}
