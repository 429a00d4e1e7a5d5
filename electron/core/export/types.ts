// Runs in: main process / Node. The export engine's types: options, letterhead, a composed document.
import type { FileChild } from 'docx';
import type { ExportHeading } from '../../../shared/domain/export';

/** Who the document is from: the municipality's settings and the matter's dnr. */
export interface Letterhead {
  municipality: string;
  unit: string;
  officerName: string;
  officerTitle: string;
  officerPhone: string;
  officerEmail: string;
  /** Diarienummer, e.g. 'KS 2027/123'; empty when the document has none. */
  dnr: string;
  /** The municipality's logo (PNG), shown in the house-style header. */
  logoPng: Uint8Array | null;
}

/** How a document is written. Nothing here goes into the fingerprint: only the data does. */
export interface ExportOptions {
  /** Internal copy: confidential notes are included and every page says so. */
  internal: boolean;
  /** Draft: every page says UTKAST (with version and date) and empty sections ask to be filled in. */
  draft: boolean;
  /** The document's date, YYYY-MM-DD. */
  date: string;
  /** The draft's version label, e.g. '3'; shown after UTKAST. */
  version?: string;
  letterhead: Letterhead;
  /** The municipality's own .docx template; null for the built-in house style. */
  template: Uint8Array | null;
}

/** Paragraph style ids: the house style's, or the ones a municipality's template uses (Word in
 * Swedish names them 'Rubrik1' …). */
export interface StyleIds {
  title: string;
  heading1: string;
  heading2: string;
  heading3: string;
}

/** A document after composing, before it is written on the house style or a template. */
export interface ComposedDocument {
  /** 'Besöksrapport': the document type shown in the header. */
  documentType: string;
  /** The title ({{rubrik}}). */
  title: string;
  orientation: 'portrait' | 'landscape';
  body: FileChild[];
  headings: ExportHeading[];
  missing: string[];
}
