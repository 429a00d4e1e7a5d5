// Runs in: everywhere. Statistics for the analysis (S03): indicators (nyckeltal) with yearly
// values, comparison series such as "Riket", and the CSV import from Kolada and SCB. The number
// reading rules live here so the table editor and the importer agree on "1 234,5" and "..".

export const indicatorSources = [
  { id: 'kolada', sv: 'Kolada', en: 'Kolada' },
  { id: 'scb', sv: 'SCB', en: 'Statistics Sweden (SCB)' },
  { id: 'own', sv: 'Egen', en: 'Own' },
  { id: 'other', sv: 'Annan', en: 'Other' },
] as const;
export type IndicatorSource = (typeof indicatorSources)[number]['id'];
export const indicatorSourceIds = indicatorSources.map((s) => s.id) as [
  IndicatorSource,
  ...IndicatorSource[],
];

/** The main series of an indicator has the empty name; comparison series are named. */
export const MAIN_SERIES = '';

export interface IndicatorValue {
  series: string;
  year: number;
  value: number;
}

export interface IndicatorRow {
  id: string;
  programmeId: string;
  name: string;
  unit: string;
  source: IndicatorSource;
  kpiId: string;
  areaCode: string;
  areaName: string;
  note: string;
  /** The newest year of the main series and its value, null when it has none. */
  latest: { year: number; value: number } | null;
  firstYear: number | null;
  valueCount: number;
  updatedAt: string;
}

export interface Indicator extends IndicatorRow {
  values: IndicatorValue[];
  /** Names of the comparison series, in the order first added. */
  comparisons: string[];
  createdAt: string;
}

export type ImportLayout = 'kolada' | 'scb';

export interface ImportSeriesPreview {
  /** '' for the main series. */
  series: string;
  years: number[];
  added: number;
  changed: number;
  unchanged: number;
}

export interface ImportIndicatorPreview {
  key: string;
  name: string;
  kpiId: string;
  /** The indicator updated, or null when one is created. */
  existingId: string | null;
  series: ImportSeriesPreview[];
}

export interface ImportSkip {
  line: number;
  reason: string;
}

export interface ImportArea {
  code: string;
  name: string;
  rows: number;
}

export interface StatisticsImportPreview {
  layout: ImportLayout;
  encoding: string;
  delimiter: string;
  areas: ImportArea[];
  /** The area whose values become each indicator's main series. */
  mainArea: string;
  indicators: ImportIndicatorPreview[];
  skipped: ImportSkip[];
  valueCount: number;
}

export interface StatisticsImportResult {
  created: number;
  updated: number;
  values: number;
  indicatorIds: string[];
}

/** Cells that mean "no value" in Kolada and SCB exports (SCB: '..' missing, '.' not applicable). */
const MISSING = new Set(['', '..', '.', '...', '-', '–', 'x', 'X', 'null', 'NULL', 'NaN']);

export function isMissingValue(cell: string): boolean {
  return MISSING.has(cell.trim());
}

/**
 * Reads a number written the Swedish or the English way: "1 234,5", "1234.5", "-3,2", "1.234,5".
 * Spaces (also non-breaking) are thousands separators. Returns null when it is not a number.
 */
export function parseStatNumber(cell: string): number | null {
  let s = cell
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-');
  if (s === '') return null;
  if (s.includes(',') && s.includes('.')) s = s.replace(/\./g, '').replace(',', '.');
  else if (s.includes(',')) {
    if ((s.match(/,/g) ?? []).length > 1) return null;
    s = s.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A value the Swedish way with up to two decimals: 1 234,5. */
export function formatStatNumber(value: number): string {
  return value.toLocaleString('sv-SE', { maximumFractionDigits: 2 });
}
