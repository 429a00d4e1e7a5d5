// Runs in: main process / Node. Reads a statistics CSV into cells with each record's line number:
// UTF-8 (with or without BOM) or Windows-1252, ';' ',' or tab, quoted fields with line breaks.
import Papa from 'papaparse';
import { AppFailure } from '../../../shared/errors';
import { decodeText } from '../import/decode';
import { detectDelimiter } from '../import/delimiter';

export interface CsvRecord {
  /** The line in the file where the record starts (1-based). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  encoding: string;
  delimiter: string;
  records: CsvRecord[];
}

export const importFailure = (sv: string, en: string) => new AppFailure('IMPORT', { sv, en });

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * PX-web exports may start with a title line without delimiters; the delimiter is guessed from
 * the first line that has one, so a title does not decide it.
 */
function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 20);
  const start = lines.findIndex((l) => /[;,\t]/.test(l.replace(/"[^"]*"/g, '')));
  if (start <= 0) return detectDelimiter(text);
  return detectDelimiter(lines.slice(start).join('\n'));
}

export function readCsvTable(bytes: Buffer): CsvTable {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw importFailure(
      'Filen är en Excel-fil. Spara den som CSV (semikolonavgränsad) och försök igen.',
      'The file is an Excel workbook. Save it as CSV and try again.',
    );
  }
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') {
    throw importFailure('Filen är tom.', 'The file is empty.');
  }
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.type === 'Quotes');
  // Line numbers: count the line breaks inside each record (a quoted field may span lines).
  const records: CsvRecord[] = [];
  const lineOf: number[] = [];
  let line = 1;
  parsed.data.forEach((cells) => {
    lineOf.push(line);
    if (!isBlank(cells)) records.push({ line, cells });
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
  });
  if (unclosed) {
    const at = lineOf[unclosed.row ?? 0] ?? (unclosed.row ?? 0) + 1;
    throw importFailure(
      `Rad ${at}: ett citattecken (") avslutas aldrig. Rätta filen och försök igen. Inget har importerats.`,
      `Line ${at}: a quote (") is never closed. Fix the file and try again. Nothing was imported.`,
    );
  }
  return { encoding, delimiter, records };
}

/** Column names compared without case, spaces, dashes and underscores. */
export const normHeader = (cell: string): string =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s_\-./]/g, '');
