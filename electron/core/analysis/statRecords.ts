// Runs in: main process / Node. Turns a Kolada or SCB (Statistikdatabasen, PX-web) CSV export into
// one record per indicator, area and year, with the lines skipped and why. A broken file throws a
// Swedish message with its line number, before anything is written.
import {
  isMissingValue,
  parseStatNumber,
  type ImportLayout,
  type ImportSkip,
} from '../../../shared/domain/statistics';
import { importFailure, normHeader, readCsvTable, type CsvRecord } from './csvTable';

export interface Area {
  code: string;
  name: string;
}

export interface StatRecord {
  line: number;
  /** Groups the records of one indicator: the Kolada KPI id, or the SCB table's text. */
  key: string;
  name: string;
  kpiId: string;
  area: Area;
  year: number;
  value: number;
}

export interface StatFile {
  layout: ImportLayout;
  encoding: string;
  delimiter: string;
  records: StatRecord[];
  skipped: ImportSkip[];
}

const RIKET: Area = { code: '0000', name: 'Riket' };

/** "2380 Östersund", "00 Riket", "0000", "Riket" → code and name. */
export function parseArea(cells: string[]): Area {
  let code = '';
  let name = '';
  for (const raw of cells) {
    const cell = raw.trim();
    const both = /^(\d{2,4})\s+(.+)$/.exec(cell);
    if (both) {
      code ||= both[1]!;
      name ||= both[2]!.trim();
    } else if (/^\d{1,4}$/.test(cell)) code ||= cell.padStart(cell.length <= 2 ? 2 : 4, '0');
    else if (cell) name ||= cell;
  }
  if (code === '00' || code === '0000' || /^(riket|hela riket|sverige|hela landet)$/i.test(name)) {
    return RIKET;
  }
  return { code, name };
}

const tooFewCells = (r: CsvRecord, need: number) =>
  importFailure(
    `Rad ${r.line} har ${r.cells.length} fält men rubrikraden har ${need}. Kontrollera avgränsaren och citattecknen på raden.`,
    `Line ${r.line} has ${r.cells.length} fields but the heading has ${need}. Check the delimiter and quotes on that line.`,
  );

const notANumber = (r: CsvRecord, cell: string, column: string) =>
  importFailure(
    `Rad ${r.line}: värdet "${cell}" i kolumnen ${column} är inte ett tal. Rätta filen och försök igen. Inget har importerats.`,
    `Line ${r.line}: the value "${cell}" in column ${column} is not a number. Fix the file and try again. Nothing was imported.`,
  );

const KOLADA = {
  kpi: ['kpi', 'kpiid', 'nyckeltalsid', 'nyckeltalid'],
  title: ['kpititle', 'title', 'nyckeltal', 'nyckeltalsnamn', 'kpinamn'],
  area: [
    'municipality',
    'municipalityid',
    'kommunid',
    'kommunkod',
    'kommun',
    'municipalityname',
    'kommunnamn',
    'område',
    'omrade',
  ],
  period: ['period', 'year', 'år', 'ar'],
  gender: ['gender', 'kön', 'kon'],
  value: ['value', 'värde', 'varde'],
};

const TOTAL = new Set(['', 't', 'totalt', 'total', 'alla', 'samtliga']);

function columnsOf(header: string[], names: string[]): number[] {
  return header.map((h, i) => (names.includes(normHeader(h)) ? i : -1)).filter((i) => i >= 0);
}

function isKoladaHeader(header: string[]): boolean {
  return (
    columnsOf(header, KOLADA.kpi).length > 0 &&
    columnsOf(header, KOLADA.period).length > 0 &&
    columnsOf(header, KOLADA.value).length > 0
  );
}

function readKolada(records: CsvRecord[]): Pick<StatFile, 'records' | 'skipped'> {
  const [head, ...rows] = records;
  const header = head!.cells;
  const col = (names: string[]) => columnsOf(header, names)[0] ?? -1;
  const [kpi, title, period, gender, value] = [
    col(KOLADA.kpi),
    col(KOLADA.title),
    col(KOLADA.period),
    col(KOLADA.gender),
    col(KOLADA.value),
  ];
  const areaCols = columnsOf(header, KOLADA.area);
  const out: StatRecord[] = [];
  const skipped: ImportSkip[] = [];
  for (const r of rows) {
    if (r.cells.length < header.length) throw tooFewCells(r, header.length);
    const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? '').trim() : '');
    const kpiId = cell(kpi).toUpperCase();
    if (!kpiId) {
      skipped.push({ line: r.line, reason: 'Kolada-id (kpi) saknas på raden.' });
      continue;
    }
    const g = cell(gender).toLowerCase();
    if (!TOTAL.has(g)) {
      skipped.push({
        line: r.line,
        reason: `Värdet gäller bara ${g === 'k' || g.startsWith('kv') ? 'kvinnor' : g === 'm' || g.startsWith('m') ? 'män' : `"${cell(gender)}"`}; bara totalen (T) importeras.`,
      });
      continue;
    }
    const yearMatch = /^(\d{4})/.exec(cell(period));
    if (!yearMatch) {
      throw importFailure(
        `Rad ${r.line}: perioden "${cell(period)}" är inget år. Rätta filen och försök igen. Inget har importerats.`,
        `Line ${r.line}: the period "${cell(period)}" is not a year. Fix the file and try again. Nothing was imported.`,
      );
    }
    const raw = cell(value);
    if (isMissingValue(raw)) {
      skipped.push({ line: r.line, reason: `Värde saknas för ${kpiId} ${yearMatch[1]}.` });
      continue;
    }
    const n = parseStatNumber(raw);
    if (n === null) throw notANumber(r, raw, header[value] ?? 'value');
    const area = parseArea(areaCols.map(cell));
    out.push({
      line: r.line,
      key: `kolada:${kpiId}`,
      name: cell(title) || kpiId,
      kpiId,
      area,
      year: Number(yearMatch[1]),
      value: n,
    });
  }
  return { records: out, skipped };
}

const yearIn = (cell: string): number | null => {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(cell);
  return m ? Number(m[1]) : null;
};

/** "Folkmängd 2015" → "Folkmängd"; "2015" → "". */
const restOfYearHeader = (cell: string) =>
  cell
    .replace(/(19|20)\d{2}/, '')
    .replace(/\s+/g, ' ')
    .trim();

function scbHeaderIndex(records: CsvRecord[]): number {
  for (let i = 0; i < Math.min(records.length, 12); i++) {
    const cells = records[i]!.cells;
    if (
      cells.length >= 2 &&
      yearIn(cells[0]!) === null &&
      cells.slice(1).some((c) => yearIn(c) !== null)
    ) {
      return i;
    }
  }
  return -1;
}

function readScb(
  records: CsvRecord[],
  headerAt: number,
  fallbackName: string,
): Pick<StatFile, 'records' | 'skipped'> {
  const title = records
    .slice(0, headerAt)
    .map((r) => r.cells.filter((c) => c.trim()).join(' '))
    .join(' ')
    .trim();
  const header = records[headerAt]!.cells;
  const yearCols = header
    .map((h, i) => (i > 0 && yearIn(h) !== null ? i : -1))
    .filter((i) => i >= 0);
  const firstYear = yearCols[0]!;
  const textCols = header.map((_, i) => i).filter((i) => i > 0 && i < firstYear);
  // The table title without PX-web's "efter region och år" tail names the indicator.
  const tableName =
    title
      .replace(/\s+efter\s+.*$/i, '')
      .replace(/^"|"$/g, '')
      .trim() || fallbackName;
  const out: StatRecord[] = [];
  const skipped: ImportSkip[] = [];
  for (const r of records.slice(headerAt + 1)) {
    const filled = r.cells.filter((c) => c.trim() !== '');
    if (filled.length === 1 && r.cells.length < header.length) {
      skipped.push({ line: r.line, reason: 'Ingen datarad (fotnot eller förklaring).' });
      continue;
    }
    if (r.cells.length < header.length) throw tooFewCells(r, header.length);
    const area = parseArea([r.cells[0]!]);
    if (!area.code && !area.name) {
      skipped.push({ line: r.line, reason: 'Region saknas på raden.' });
      continue;
    }
    const texts = textCols.map((i) => r.cells[i]!.trim()).filter(Boolean);
    for (const i of yearCols) {
      const raw = r.cells[i]!.trim();
      const year = yearIn(header[i]!)!;
      const content = restOfYearHeader(header[i]!);
      const name = [...texts, content].filter(Boolean).join(', ') || tableName;
      if (isMissingValue(raw)) {
        skipped.push({
          line: r.line,
          reason: `Värde saknas för ${area.name || area.code} ${year} ("${raw || 'tomt'}").`,
        });
        continue;
      }
      const n = parseStatNumber(raw);
      if (n === null) throw notANumber(r, raw, header[i]!);
      out.push({
        line: r.line,
        key: `scb:${name.toLowerCase()}`,
        name,
        kpiId: '',
        area,
        year,
        value: n,
      });
    }
  }
  return { records: out, skipped };
}

/** Reads a Kolada or SCB export; `fileName` names an SCB table that has no title line. */
export function readStatFile(fileName: string, bytes: Buffer): StatFile {
  const table = readCsvTable(bytes);
  const { records } = table;
  if (records.length < 2) {
    throw importFailure(
      'Filen har ingen rubrikrad med data under. Exportera tabellen igen från Kolada eller SCB.',
      'The file has no heading with data below it. Export the table again from Kolada or SCB.',
    );
  }
  const base = { encoding: table.encoding, delimiter: table.delimiter };
  if (isKoladaHeader(records[0]!.cells))
    return { ...base, layout: 'kolada', ...readKolada(records) };
  const headerAt = scbHeaderIndex(records);
  if (headerAt >= 0) {
    const name = fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[_]+/g, ' ')
      .trim();
    return { ...base, layout: 'scb', ...readScb(records, headerAt, name) };
  }
  throw importFailure(
    'Filen liknar varken en export från Kolada eller från SCB:s statistikdatabas. Kolada: kolumnerna kpi, municipality, period och value (gender valfri). SCB: regionen i första kolumnen och en kolumn per år.',
    'The file looks like neither a Kolada nor an SCB export. Kolada: columns kpi, municipality, period and value (gender optional). SCB: the region in the first column and one column per year.',
  );
}
