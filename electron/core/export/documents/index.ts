// Runs in: main process / Node. The documents the engine can write, each with how to find its data
// and how to compose it. A new document (tjänsteskrivelse, handlingsplan …) adds one entry here.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { ExportRequest } from '../../../../shared/contract/export';
import {
  exportDocumentLabels,
  type ExportDocumentId,
  type ExportDocumentInfo,
  type ExportOptionName,
} from '../../../../shared/domain/export';
import { loadVisitReportData, type VisitReportData } from '../data/visits';
import { resolvePeriod, wholeYear } from '../dates';
import type { Compose, RenderedDocument } from '../render';
import type { ExportOptions } from '../types';
import { composeVisitReport, renderVisitReport, visitReportTitle } from './besoksrapport';
import { remissammanstallning, tjansteskrivelse } from './caseDocuments';
import { program } from './naringslivsprogram';
import { handlingsplan } from './handlingsplan';
import { politikerbrief } from './politikerbrief';
import { uppfoljning } from './uppfoljningsrapport';

export interface DocumentDefinition<P, D> {
  id: ExportDocumentId;
  /** What the export screen says about the document (one or two plain sentences). */
  description: { sv: string; en: string };
  /** The options the export screen shows for it; the request's other fields are ignored. */
  options: readonly ExportOptionName[];
  /** The stages it can be written for, when `options` has 'stage'. */
  stages?: readonly { id: string; label: { sv: string; en: string } }[];
  /** The request → what selects the data; kept in the export log so the data can be rebuilt. */
  params(request: ExportRequest, today: string): P;
  /** Reads `params` back from a log line. */
  paramsSchema: z.ZodType<P>;
  load(db: Database, params: P): D;
  compose(data: D, options: ExportOptions): Compose;
  render(data: D, options: ExportOptions): Promise<RenderedDocument>;
  title(params: P): string;
  /** The file name without marks or extension, e.g. 'Besöksrapport 2027'. */
  fileStem(params: P, data: D): string;
  period(params: P): { from: string; to: string } | null;
  /** Visits (or records) whose confidential text this data leaves out. */
  confidentialLeftOut(data: D): number;
  /** True when the data holds confidential text, so the document must be marked INTERN KOPIA. */
  internal(data: D): boolean;
  orientation: 'portrait' | 'landscape';
  /** The dnr for the header when the request gives none (a case document: the case's dnr). */
  dnr?(data: D): string;
  /** The case and stage a case document belongs to, for the export log. */
  caseRef?(params: P): { caseId: string; stage: string | null };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const visitReportParams = z.object({ from: isoDate, to: isoDate, internal: z.boolean() });
type VisitReportParams = z.infer<typeof visitReportParams>;

const besoksrapport: DocumentDefinition<VisitReportParams, VisitReportData> = {
  id: 'besoksrapport',
  description: {
    sv: 'Sammanställning av företagsbesöken under en period: hur många, var, vilka ämnen och hinder som togs upp och vad som följts upp.',
    en: 'Summary of the company visits in a period: how many, where, the topics and obstacles raised and the follow-ups.',
  },
  options: ['period', 'internal', 'draft', 'template'],
  params: (request, today) => ({
    ...resolvePeriod(request.from, request.to, today),
    internal: request.internal,
  }),
  paramsSchema: visitReportParams,
  load: loadVisitReportData,
  compose: composeVisitReport,
  render: renderVisitReport,
  title: (p) => visitReportTitle(p),
  fileStem: (p) =>
    wholeYear(p.from, p.to) ? visitReportTitle(p) : `${visitReportTitle(p)} ${p.from}–${p.to}`,
  period: (p) => ({ from: p.from, to: p.to }),
  confidentialLeftOut: (d) => d.confidentialLeftOut,
  internal: (d) => d.internal,
  orientation: 'portrait',
};

const definitions = {
  besoksrapport,
  tjansteskrivelse,
  remissammanstallning,
  program,
  handlingsplan,
  uppfoljning,
  politikerbrief,
} satisfies Record<ExportDocumentId, unknown>;

/** The definition of a document, with its parameter and data types erased for the generic service. */
export function documentDefinition(
  id: ExportDocumentId,
): DocumentDefinition<Record<string, unknown>, unknown> {
  return definitions[id] as unknown as DocumentDefinition<Record<string, unknown>, unknown>;
}

/** Every document with what the export screen shows about it, in the registry's order. */
export function documentList(): ExportDocumentInfo[] {
  type About = Pick<
    DocumentDefinition<unknown, unknown>,
    'id' | 'description' | 'options' | 'stages'
  >;
  return Object.values(definitions).map((d: About) => ({
    id: d.id,
    title: exportDocumentLabels[d.id],
    description: d.description,
    options: [...d.options],
    stages: (d.stages ?? []).map((s) => ({ id: s.id, label: s.label })),
  }));
}
