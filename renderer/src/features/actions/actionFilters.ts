// Runs in: renderer. The action plan's filters live in the address ('#/actions?stalled=1'), so the
// overview can link to the stalled actions and a reload keeps the officer's view.
import { useSyncExternalStore } from 'react';
import {
  actionKindIds,
  actionStatusIds,
  responsibleOrgKindIds,
  type ActionKind,
  type ActionStatus,
  type ResponsibleOrgKind,
} from '../../../../shared/domain/actions';

export interface ActionFilters {
  kind: ActionKind | '';
  status: ActionStatus | '';
  responsible: string;
  orgKind: ResponsibleOrgKind | '';
  stalled: boolean;
  incomplete: boolean;
}

export const noActionFilters: ActionFilters = {
  kind: '',
  status: '',
  responsible: '',
  orgKind: '',
  stalled: false,
  incomplete: false,
};

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const queryString = () => window.location.hash.split('?')[1] ?? '';

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value && (list as readonly string[]).includes(value) ? (value as T) : '';

export function parseActionFilters(query: string): ActionFilters {
  const p = new URLSearchParams(query);
  return {
    kind: oneOf(actionKindIds, p.get('kind')),
    status: oneOf(actionStatusIds, p.get('status')),
    responsible: p.get('responsible') ?? '',
    orgKind: oneOf(responsibleOrgKindIds, p.get('org')),
    stalled: p.get('stalled') === '1',
    incomplete: p.get('incomplete') === '1',
  };
}

export function useActionFilters(): ActionFilters {
  return parseActionFilters(useSyncExternalStore(subscribe, queryString));
}

export function setActionFilters(filters: ActionFilters): void {
  const p = new URLSearchParams();
  if (filters.kind) p.set('kind', filters.kind);
  if (filters.status) p.set('status', filters.status);
  if (filters.responsible) p.set('responsible', filters.responsible);
  if (filters.orgKind) p.set('org', filters.orgKind);
  if (filters.stalled) p.set('stalled', '1');
  if (filters.incomplete) p.set('incomplete', '1');
  const query = p.toString();
  window.history.replaceState(null, '', `#/actions${query ? `?${query}` : ''}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export const anyActionFilter = (f: ActionFilters) =>
  !!(f.kind || f.status || f.responsible.trim() || f.orgKind || f.stalled || f.incomplete);

/** The list filters as the contract wants them (empty choices left out). */
export function filterInput(programmeId: string, f: ActionFilters) {
  return {
    programmeId,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.responsible.trim() ? { responsible: f.responsible.trim() } : {}),
    ...(f.orgKind ? { responsibleOrgKind: f.orgKind } : {}),
    ...(f.stalled ? { stalled: true } : {}),
    ...(f.incomplete ? { incomplete: true } : {}),
  };
}
