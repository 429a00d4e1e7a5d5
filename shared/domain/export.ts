// Runs in: everywhere. Word export (dokumentexport): documents, the export log and the own template.

/** The documents the app can write. More come (tjänsteskrivelse, program, handlingsplan …). */
export const exportDocuments = ['besoksrapport'] as const;
export type ExportDocumentId = (typeof exportDocuments)[number];

export const exportDocumentLabels: Record<ExportDocumentId, { sv: string; en: string }> = {
  besoksrapport: { sv: 'Besöksrapport', en: 'Company visit report' },
};

/** What an export returns: the file to save, its log line and what the document lacked. */
export interface ExportResult {
  fileName: string;
  contentBase64: string;
  exportId: string;
  /** Sections written without data (shown as "[att fylla i: …]" in drafts). */
  missing: string[];
}

export interface ExportHeading {
  level: 1 | 2 | 3;
  text: string;
}

/** What the export dialog shows before the file is made. */
export interface ExportPreview {
  document: ExportDocumentId;
  title: string;
  fileName: string;
  headings: ExportHeading[];
  missing: string[];
  /** The period the document covers after defaults (YYYY-MM-DD). */
  period: { from: string; to: string } | null;
  /** Visits whose notes are left out because they are marked confidential (0 for internal copies). */
  confidentialLeftOut: number;
  /** The municipality's own template, when one is stored. */
  template: TemplateInfo | null;
}

export interface ExportLogEntry {
  id: string;
  document: string;
  /** The request as it was made: period, internal copy, draft, template, dnr. */
  options: Record<string, unknown>;
  fingerprint: string;
  fileName: string;
  caseId: string | null;
  stage: string | null;
  createdAt: string;
}

export interface ExportChangeCheck {
  exportId: string;
  exportedAt: string;
  /** True when the data the document was built from is no longer the same. */
  changed: boolean;
}

/** The municipality's own Word template (mall) with placeholders such as {{rubrik}}. */
export interface TemplateInfo {
  fileName: string;
  /** Placeholders found in the template, e.g. ['rubrik', 'dnr', 'innehall']. */
  placeholders: string[];
  /** Things worth knowing that do not stop the template from being used (Swedish). */
  notes: string[];
  setAt: string;
}
