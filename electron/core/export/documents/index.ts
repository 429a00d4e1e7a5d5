// Runs in: main process / Node. The documents the engine can write, each with how to find its data
// and how to compose it. A new document (tjänsteskrivelse, handlingsplan …) adds one entry here.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { ExportRequest } from '../../../../shared/contract/export';
import type { ExportDocumentId } from '../../../../shared/domain/export';
import { loadVisitReportData, type VisitReportData } from '../data/visits';
import { resolvePeriod, wholeYear } from '../dates';
import type { Compose, RenderedDocument } from '../render';
import type { ExportOptions } from '../types';
import { composeVisitReport, renderVisitReport, visitReportTitle } from './besoksrapport';

export interface DocumentDefinition<P, D> {
  id: ExportDocumentId;
  /** The request → what selects the data; kept in the export log so the data can be rebuilt. */
  params(request: ExportRequest, today: string): P;
  /** Reads `params` back from a log line. */
  paramsSchema: z.ZodType<P>;
  load(db: Database, params: P): D;
  compose(data: D, options: ExportOptions): Compose;
  render(data: D, options: ExportOptions): Promise<RenderedDocument>;
  title(params: P): string;
  /** The file name without marks or extension, e.g. 'Besöksrapport 2027'. */
  fileStem(params: P): string;
  period(params: P): { from: string; to: string } | null;
  /** Visits (or records) whose confidential text this data leaves out. */
  confidentialLeftOut(data: D): number;
  /** True when the data holds confidential text, so the document must be marked INTERN KOPIA. */
  internal(data: D): boolean;
  orientation: 'portrait' | 'landscape';
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const visitReportParams = z.object({ from: isoDate, to: isoDate, internal: z.boolean() });
type VisitReportParams = z.infer<typeof visitReportParams>;

const besoksrapport: DocumentDefinition<VisitReportParams, VisitReportData> = {
  id: 'besoksrapport',
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

const definitions = { besoksrapport } satisfies Record<ExportDocumentId, unknown>;

/** The definition of a document, with its parameter and data types erased for the generic service. */
export function documentDefinition(
  id: ExportDocumentId,
): DocumentDefinition<Record<string, unknown>, unknown> {
  return definitions[id] as unknown as DocumentDefinition<Record<string, unknown>, unknown>;
}
