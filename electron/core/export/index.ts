// Runs in: main process / Node. What other core code uses from the Word export engine.
export { BodyWriter, table, textParagraphs, type Cell, type Column } from './blocks';
export { longDate, longPeriod, resolvePeriod, shortDate, todayIso } from './dates';
export { documentDefinition, type DocumentDefinition } from './documents';
export { fingerprint, canonicalJson } from './fingerprint';
export { getExport, listExports, recordExport, type ExportRecord } from './log';
export { renderDocument, composeHouse, type Compose, type DocumentHead } from './render';
export { exportDocument, hasChangedSince, previewDocument } from './service';
export { assertTemplateUsable, inspectTemplate, templatePlaceholders } from './template';
export type { ComposedDocument, ExportOptions, Letterhead, StyleIds } from './types';
