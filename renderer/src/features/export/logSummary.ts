// Runs in: renderer. One line that says how an earlier export was made: period, stage, version,
// internal copy, template, dnr — from the options kept in the export log.
import type { TFunction } from 'i18next';
import type { ExportDocumentInfo, ExportLogEntry } from '../../../../shared/domain/export';
import { label } from '../../i18n';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function logSummary(
  entry: ExportLogEntry,
  doc: ExportDocumentInfo | undefined,
  t: TFunction<'export'>,
): string {
  const o = entry.options;
  const parts: string[] = [];
  const stage = entry.stage ?? text(o.stage);
  if (stage) {
    const known = doc?.stages.find((s) => s.id === stage);
    parts.push(t('log.summary.stage', { stage: known ? label(known.label) : stage }));
  }
  if (text(o.from) && text(o.to)) parts.push(t('log.summary.period', { from: o.from, to: o.to }));
  if (o.draft === true) {
    const version = text(o.version) || (typeof o.version === 'number' ? String(o.version) : '');
    parts.push(version ? t('log.summary.draftVersion', { version }) : t('log.summary.draft'));
  } else if (o.draft === false) parts.push(t('log.summary.final'));
  if (o.internal === true) parts.push(t('log.summary.internal'));
  if (o.useTemplate === true) parts.push(t('log.summary.template'));
  if (text(o.dnr)) parts.push(t('log.summary.dnr', { dnr: o.dnr }));
  return parts.join(' · ');
}
