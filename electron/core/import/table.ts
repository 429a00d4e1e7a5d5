// Runs in: main process / Node. Reads an import file (CSV or .xlsx) into a header and rows of text.
import Papa from 'papaparse';
import type { ImportPreview, ImportRowError } from '../../../shared/domain/imports';
import { AppFailure } from '../../../shared/errors';
import { decodeText } from './decode';
import { detectDelimiter } from './delimiter';
import { readXlsxRows } from './xlsx';

export interface ImportTable {
  encoding: ImportPreview['encoding'];
  delimiter: ImportPreview['delimiter'];
  /** Unique, non-empty column names (the mapping is keyed by them). */
  headers: string[];
  /** Data rows; rows[i] is line i + 2 in Excel, blank lines included so numbers stay right. */
  rows: string[][];
  /** Problems found while reading, e.g. a quote that is never closed. */
  problems: ImportRowError[];
}

const fileFailure = (sv: string, en: string) => new AppFailure('IMPORT', { sv, en });

function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3;
}

function isOldExcel(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0;
}

/** Empty header cells get "Kolumn N" and repeated names a " (2)", so every column can be mapped. */
function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((cell, i) => {
    const base = cell.replace(/\s+/g, ' ').trim() || `Kolumn ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Every line of the file, the header included. */
type RawTable = Omit<ImportTable, 'headers' | 'rows'> & { all: string[][] };

function readCsv(bytes: Buffer): RawTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const all = parsed.data;
  // A final line break gives one empty record that is not a line in Excel.
  if (all.length > 0 && all[all.length - 1]!.length === 1 && all[all.length - 1]![0] === '') {
    all.pop();
  }
  const problems: ImportRowError[] = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      field: '',
      message: `Rad ${(e.row ?? 0) + 1}: ett citattecken (") avslutas aldrig, så resten av filen hamnar i ett enda fält. Rätta filen och försök igen.`,
    }));
  return { encoding, delimiter, problems, all };
}

export async function readImportTable(fileName: string, bytes: Buffer): Promise<ImportTable> {
  if (isOldExcel(bytes) || /\.xls$/i.test(fileName)) {
    throw fileFailure(
      'Det gamla Excel-formatet (.xls) kan inte läsas. Spara filen som .xlsx eller CSV i Excel.',
      'The old Excel format (.xls) cannot be read. Save the file as .xlsx or CSV in Excel.',
    );
  }
  const xlsx = isZip(bytes) || /\.xlsx$/i.test(fileName);
  const read: RawTable = xlsx
    ? { encoding: 'xlsx', delimiter: null, problems: [], all: await readXlsxRows(bytes) }
    : readCsv(bytes);
  const [header, ...rows] = read.all;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw fileFailure(
      'Filen är tom eller saknar kolumnrubriker på första raden.',
      'The file is empty or has no column headings on its first line.',
    );
  }
  return {
    encoding: read.encoding,
    delimiter: read.delimiter,
    headers: uniqueHeaders(header),
    rows,
    problems: read.problems,
  };
}

export const isBlankRow = (row: string[]): boolean => row.every((cell) => cell.trim() === '');
