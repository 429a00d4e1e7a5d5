// Runs in: everywhere. Word export (dokumentexport): documents, the export log and the own template.

/** The documents the app can write. More come (tjänsteskrivelse, program, handlingsplan …). */
export const exportDocuments = [
  'besoksrapport',
  'tjansteskrivelse',
  'remissammanstallning',
  'program',
  'handlingsplan',
  'uppfoljning',
  'politikerbrief',
] as const;
export type ExportDocumentId = (typeof exportDocuments)[number];

export const exportDocumentLabels: Record<ExportDocumentId, { sv: string; en: string }> = {
  besoksrapport: { sv: 'Besöksrapport', en: 'Company visit report' },
  tjansteskrivelse: { sv: 'Tjänsteskrivelse', en: 'Officer’s report (tjänsteskrivelse)' },
  remissammanstallning: { sv: 'Remissammanställning', en: 'Consultation summary' },
  program: { sv: 'Näringslivsprogram', en: 'Business programme' },
  handlingsplan: { sv: 'Handlingsplan', en: 'Action plan' },
  uppfoljning: { sv: 'Uppföljningsrapport', en: 'Follow-up report' },
  politikerbrief: { sv: 'Politikerbrief', en: 'Briefing for politicians' },
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

/** Options a document can take; the export screen shows only the ones a document lists. */
export const exportOptionNames = [
  'period',
  'stage',
  'case',
  'internal',
  'draft',
  'template',
] as const;
export type ExportOptionName = (typeof exportOptionNames)[number];

/** A document the export screen offers, with what it says about it and the options it takes. */
export interface ExportDocumentInfo {
  id: ExportDocumentId;
  title: { sv: string; en: string };
  description: { sv: string; en: string };
  options: ExportOptionName[];
  /** The stages the document can be written for (tjänsteskrivelse: remiss, KSAU …); [] if none. */
  stages: { id: string; label: { sv: string; en: string } }[];
}

/** A placeholder a municipality's template may use (the guide in the export settings). */
export interface TemplatePlaceholder {
  name: string;
  /** Swedish, as the template is. */
  description: string;
  required: boolean;
}

/** The municipality's logo as stored for the document header. */
export interface LogoInfo {
  width: number;
  height: number;
  bytes: number;
}

/** The document settings: logo, own template and the placeholder guide. */
export interface ExportSettings {
  logo: (LogoInfo & { dataUrl: string }) | null;
  template: TemplateInfo | null;
  placeholders: TemplatePlaceholder[];
}
