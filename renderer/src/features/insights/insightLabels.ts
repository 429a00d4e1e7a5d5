// Runs in: renderer. Labels of insight types, obstacle statuses and source kinds, and the line
// that says where an insight was raised ("Tagits upp vid 3 besök, 1 intervju").
import type { TFunction } from 'i18next';
import {
  insightSourceKinds,
  insightTypes,
  obstacleStatuses,
  type SourceCounts,
} from '../../../../shared/domain/insights';
import { currentLanguage, label } from '../../i18n';

export const typeLabel = (type: string): string => {
  const entry = insightTypes.find((t) => t.id === type);
  return entry ? label(entry) : type;
};

export const typePlural = (type: string): string => {
  const entry = insightTypes.find((t) => t.id === type);
  if (!entry) return type;
  return currentLanguage() === 'en' ? entry.enPlural : entry.svPlural;
};

export const statusLabel = (status: string | null): string => {
  const entry = obstacleStatuses.find((s) => s.id === status);
  return entry ? label(entry) : '';
};

export const sourceKindLabel = (kind: string): string => {
  const entry = insightSourceKinds.find((k) => k.id === kind);
  return entry ? label(entry) : kind;
};

export const typeOptions = () => insightTypes.map((t) => ({ value: t.id, label: label(t) }));
export const statusOptions = () => obstacleStatuses.map((s) => ({ value: s.id, label: label(s) }));

/** "Tagits upp vid 3 besök, 1 intervju · 1 statistikkälla", or a note that nothing is cited. */
export function countText(t: TFunction, counts: SourceCounts): string {
  const raised = [
    counts.visits > 0 ? t('counts.visits', { count: counts.visits }) : null,
    counts.interviews > 0 ? t('counts.interviews', { count: counts.interviews }) : null,
    counts.workshops > 0 ? t('counts.workshops', { count: counts.workshops }) : null,
  ].filter((part): part is string => part !== null);
  const parts = [
    raised.length > 0 ? t('counts.raised', { list: raised.join(', ') }) : null,
    counts.statistics > 0 ? t('counts.statistics', { count: counts.statistics }) : null,
    counts.other > 0 ? t('counts.other', { count: counts.other }) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : t('counts.none');
}
