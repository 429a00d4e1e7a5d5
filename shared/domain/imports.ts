// Runs in: everywhere. Import of the company list (CSV / Excel).

export interface ImportPreview {
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'xlsx';
  delimiter: ';' | ',' | '\t' | null;
  headers: string[];
  sampleRows: string[][];
  rowCount: number;
  /** header → field ('' = ignore). */
  suggestedMapping: Record<string, string>;
}

export interface ImportRowError {
  /** 1-based line in the file as the officer sees it in Excel (the header is line 1). */
  row: number;
  field: string;
  message: string;
}

export interface ImportReport {
  rowCount: number;
  valid: number;
  /** Valid rows whose org. number already exists. */
  duplicates: number;
  /** Of the valid rows: how many would be inserted, updated and skipped. */
  toInsert: number;
  toUpdate: number;
  toSkip: number;
  errors: ImportRowError[];
}

export interface ImportProgress {
  sessionId: string;
  done: number;
  total: number;
  finished: boolean;
  batch: ImportBatch | null;
  report: ImportReport;
}

export interface ImportBatch {
  id: string;
  kind: 'companies';
  fileName: string;
  inserted: number;
  updated: number;
  skipped: number;
  createdAt: string;
  undoneAt: string | null;
}
