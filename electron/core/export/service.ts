// Runs in: main process / Node. Exporting a document: load its data, write it, log it; preview it;
// and tell whether the data behind an earlier export has changed since.
import type { Database } from 'better-sqlite3';
import type { ExportRequest } from '../../../shared/contract/export';
import {
  exportDocuments,
  type ExportChangeCheck,
  type ExportDocumentId,
  type ExportPreview,
  type ExportResult,
} from '../../../shared/domain/export';
import { AppFailure } from '../../../shared/errors';
import { todayIso } from './dates';
import { documentDefinition } from './documents';
import { exportFileName } from './fileName';
import { fingerprint } from './fingerprint';
import { getExport, recordExport } from './log';
import { composeHouse } from './render';
import { loadLetterhead, templateBytes, templateInfo } from './stored';
import type { ExportOptions } from './types';

const noTemplate = () =>
  new AppFailure(
    'VALIDATION',
    {
      sv: 'Ingen egen dokumentmall är vald. Lägg till en under Inställningar eller exportera med standardutseendet.',
      en: 'No own document template is set. Add one in Settings or export with the standard look.',
    },
    { useTemplate: 'Ingen egen dokumentmall är vald.' },
  );

/** Drafts of the same document and data selection are numbered 1, 2, 3 … in the export log. */
function nextDraftVersion(db: Database, document: string, params: Record<string, unknown>): string {
  const rows = db
    .prepare(
      "SELECT options FROM export_log WHERE document = ? AND json_extract(options, '$.draft') = 1",
    )
    .pluck()
    .all(document) as string[];
  const same = rows.filter((text) => {
    try {
      const options = JSON.parse(text) as Record<string, unknown>;
      return Object.entries(params).every(([key, value]) => options[key] === value);
    } catch {
      return false;
    }
  });
  return String(same.length + 1);
}

function exportOptions(
  db: Database,
  request: ExportRequest,
  date: string,
  version?: string,
  templateOverride?: Uint8Array,
): ExportOptions {
  let template: Uint8Array | null = null;
  if (request.useTemplate) {
    template = templateOverride ?? templateBytes(db);
    if (!template) throw noTemplate();
  }
  return {
    internal: request.internal,
    draft: request.draft,
    date,
    ...(version ? { version } : {}),
    letterhead: loadLetterhead(db, request.dnr),
    template,
  };
}

export interface ExportOutcome extends ExportResult {
  buffer: Buffer;
}

/**
 * Writes the document and its log line. `today` pins the document date (tests, CLI);
 * `template` is used instead of the stored template (the CLI's --template).
 */
export async function exportDocument(
  db: Database,
  request: ExportRequest,
  today = todayIso(),
  template?: Uint8Array,
): Promise<ExportOutcome> {
  const definition = documentDefinition(request.document);
  const params = definition.params(request, today);
  const data = definition.load(db, params);
  const version = request.draft ? nextDraftVersion(db, request.document, params) : undefined;
  // A case document carries the case's dnr in its header unless the request names another.
  const dnr = request.dnr || definition.dnr?.(data) || '';
  const options = exportOptions(db, { ...request, dnr }, today, version, template);
  const rendered = await definition.render(data, options);
  const fileName = exportFileName(definition.fileStem(params, data), {
    draft: request.draft,
    version,
    internal: request.internal || definition.internal(data),
  });
  const entry = recordExport(db, {
    document: request.document,
    options: {
      ...params,
      draft: request.draft,
      useTemplate: request.useTemplate,
      dnr,
      date: today,
      ...(version ? { version } : {}),
    },
    fingerprint: fingerprint(data),
    fileName,
    ...definition.caseRef?.(params),
  });
  return {
    buffer: rendered.buffer,
    fileName,
    contentBase64: rendered.buffer.toString('base64'),
    exportId: entry.id,
    missing: rendered.doc.missing,
  };
}

/** The outline and missing sections for the export dialog; no file is written. */
export function previewDocument(
  db: Database,
  request: ExportRequest,
  today = todayIso(),
): ExportPreview {
  const definition = documentDefinition(request.document);
  const params = definition.params(request, today);
  const data = definition.load(db, params);
  const options = {
    ...exportOptions(
      db,
      { ...request, useTemplate: false, dnr: request.dnr || definition.dnr?.(data) || '' },
      today,
    ),
    draft: request.draft,
  };
  const doc = composeHouse(definition.compose(data, options), options, definition.orientation);
  return {
    document: request.document,
    title: doc.title,
    fileName: exportFileName(definition.fileStem(params, data), {
      draft: request.draft,
      internal: request.internal,
    }),
    headings: doc.headings.filter((h) => h.level <= 2),
    missing: doc.missing,
    period: definition.period(params),
    confidentialLeftOut: definition.confidentialLeftOut(data),
    template: templateInfo(db),
  };
}

/** Rebuilds the data of an earlier export with its stored selection and compares fingerprints. */
export function hasChangedSince(db: Database, exportId: string): ExportChangeCheck {
  const entry = getExport(db, exportId);
  if (!entry) throw new AppFailure('NOT_FOUND');
  const definition = (exportDocuments as readonly string[]).includes(entry.document)
    ? documentDefinition(entry.document as ExportDocumentId)
    : undefined;
  const params = definition?.paramsSchema.safeParse(entry.options);
  if (!definition || !params?.success) {
    throw new AppFailure('VALIDATION', {
      sv: 'Exporten kan inte jämföras: den gjordes med en version av Programverkstaden som inte längre kan återskapa underlaget.',
      en: 'The export cannot be compared: it was made by a version that can no longer rebuild its data.',
    });
  }
  const data = definition.load(db, params.data);
  return {
    exportId: entry.id,
    exportedAt: entry.createdAt,
    changed: fingerprint(data) !== entry.fingerprint,
  };
}
