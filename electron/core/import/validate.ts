// Runs in: main process / Node. Checks every row of an import file and decides what each valid row does.
import type { Database } from 'better-sqlite3';
import { importFields, type ImportField } from '../../../shared/contract/companies';
import { sizeClasses } from '../../../shared/domain/companies';
import type { ImportReport, ImportRowError } from '../../../shared/domain/imports';
import { AppFailure } from '../../../shared/errors';
import { checkOrgNumber, invalidOrgNumberMessage } from '../companies/orgNumber';
import { prepared } from '../companies/statements';
import { isBlankRow, type ImportTable } from './table';

/** A cell's value for each field; null when the cell is empty or no column is mapped to it. */
export type ImportValues = Record<ImportField, string | null>;

export interface ImportRecord {
  /** Line in the file as Excel numbers it. */
  row: number;
  values: ImportValues;
  action: 'insert' | 'update' | 'skip';
  /** The company with the same org. number, for updates. */
  existingId: string | null;
}

export interface PreparedImport {
  records: ImportRecord[];
  report: ImportReport;
}

export type DuplicateRule = 'skip' | 'update';

/** A broken file could yield one error per line; the officer needs the first ones to fix it. */
export const maxReportedErrors = 1000;

const maxLength: Record<ImportField, number> = {
  ...(Object.fromEntries(importFields.map((f) => [f, 300])) as Record<ImportField, number>),
  notes: 100_000,
};
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const sizeClassIds = new Set<string>(sizeClasses.map((s) => s.id));

/** "12", "10-49 anställda", "10–49" become the register's classes; anything else is kept as written. */
export function normaliseSizeClass(raw: string): string {
  const compact = raw.replace(/[–—]/g, '-').replace(/\s+/g, '').toLowerCase();
  if (/^\d+$/.test(compact)) {
    const n = Number(compact);
    if (n === 0) return '0';
    if (n <= 4) return '1-4';
    if (n <= 9) return '5-9';
    if (n <= 49) return '10-49';
    if (n <= 249) return '50-249';
    return '250+';
  }
  const range = /^(\d+)-(\d+)/.exec(compact);
  if (range && sizeClassIds.has(`${range[1]}-${range[2]}`)) return `${range[1]}-${range[2]}`;
  if (/^250(\+|ellerfler)/.test(compact)) return '250+';
  if (compact.startsWith('ingaanst')) return '0';
  return raw.trim();
}

/** field → the columns mapped to it, in file order (the first non-empty cell wins). */
function columnsByField(headers: string[], mapping: Record<string, string>) {
  const columns = new Map<ImportField, number[]>();
  headers.forEach((header, index) => {
    const field = mapping[header];
    if (!field || !(importFields as readonly string[]).includes(field)) return;
    const list = columns.get(field as ImportField) ?? [];
    list.push(index);
    columns.set(field as ImportField, list);
  });
  if (!columns.has('name')) {
    const detail = {
      sv: 'Välj vilken kolumn som innehåller företagets namn.',
      en: 'Choose the column that holds the company name.',
    };
    throw new AppFailure('VALIDATION', detail, { mapping: detail.sv });
  }
  return columns;
}

/** The mapped columns per field, in a fixed order, so reading a row allocates only its values. */
function readPlan(columns: Map<ImportField, number[]>) {
  return importFields.map((field) => ({ field, indices: columns.get(field) ?? [] }));
}

function readValues(row: string[], plan: ReturnType<typeof readPlan>): ImportValues {
  const values = {} as ImportValues;
  for (const { field, indices } of plan) {
    let value: string | null = null;
    for (const index of indices) {
      const cell = row[index];
      if (cell !== undefined && cell !== '') {
        const trimmed = cell.trim();
        if (trimmed !== '') {
          value = trimmed;
          break;
        }
      }
    }
    values[field] = value;
  }
  return values;
}

/** The register's holders of the given org. numbers, found with one statement. */
function existingByOrgNumber(
  db: Database,
  orgNumbers: string[],
): Map<string, { id: string; deletedAt: string | null }> {
  if (orgNumbers.length === 0) return new Map();
  const rows = prepared<{ orgNumber: string; id: string; deletedAt: string | null }>(
    db,
    `SELECT org_number AS orgNumber, id, deleted_at AS deletedAt FROM companies
     WHERE org_number IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(orgNumbers));
  return new Map(rows.map((r) => [r.orgNumber, r]));
}

/**
 * Validates every row (nothing is written) and decides insert / update / skip for the valid ones.
 * Row numbers are Excel's: the header is line 1.
 */
export function prepareImport(
  db: Database,
  table: ImportTable,
  mapping: Record<string, string>,
  duplicates: DuplicateRule,
): PreparedImport {
  const columns = columnsByField(table.headers, mapping);
  const plan = readPlan(columns);
  const headerOf = (field: ImportField) => table.headers[columns.get(field)?.[0] ?? -1] ?? field;
  const errors: ImportRowError[] = [...table.problems];
  let errorCount = errors.length;
  const addError = (row: number, field: ImportField, text: string) => {
    errorCount++;
    if (errors.length < maxReportedErrors) {
      errors.push({ row, field, message: `Rad ${row}, kolumn ”${headerOf(field)}”: ${text}` });
    }
  };
  const firstRowOfOrg = new Map<string, number>();
  const records: ImportRecord[] = [];
  const report: ImportReport = {
    rowCount: 0,
    valid: 0,
    duplicates: 0,
    toInsert: 0,
    toUpdate: 0,
    toSkip: 0,
    errors,
  };

  for (let index = 0; index < table.rows.length; index++) {
    const cells = table.rows[index]!;
    if (isBlankRow(cells)) continue;
    const row = index + 2;
    report.rowCount++;
    const before = errorCount;
    const values = readValues(cells, plan);

    if (values.name === null) addError(row, 'name', 'företagets namn saknas.');
    for (const field of importFields) {
      const value = values[field];
      if (value !== null && value.length > maxLength[field]) {
        addError(row, field, `texten är för lång (högst ${maxLength[field]} tecken).`);
      }
    }
    if (values.orgNumber !== null) {
      const org = checkOrgNumber(values.orgNumber);
      if (org.valid) values.orgNumber = org.value;
      else addError(row, 'orgNumber', invalidOrgNumberMessage(values.orgNumber).sv);
    }
    if (values.email !== null && !emailPattern.test(values.email)) {
      addError(row, 'email', `e-postadressen ${values.email} är inte giltig.`);
    }
    if (values.sizeClass !== null) values.sizeClass = normaliseSizeClass(values.sizeClass);
    if (errorCount === before && values.orgNumber !== null) {
      const first = firstRowOfOrg.get(values.orgNumber);
      if (first !== undefined) {
        addError(
          row,
          'orgNumber',
          `organisationsnumret ${values.orgNumber} finns redan på rad ${first} i filen.`,
        );
      } else firstRowOfOrg.set(values.orgNumber, row);
    }
    if (errorCount !== before) continue;
    report.valid++;
    records.push({ row, values, action: 'insert', existingId: null });
  }

  const existing = existingByOrgNumber(db, [...firstRowOfOrg.keys()]);
  for (const record of records) {
    const holder =
      record.values.orgNumber === null ? undefined : existing.get(record.values.orgNumber);
    if (holder) {
      report.duplicates++;
      // A company in the trash is left alone: the officer restores it from there if wanted.
      record.action = duplicates === 'update' && holder.deletedAt === null ? 'update' : 'skip';
      record.existingId = holder.id;
    }
    if (record.action === 'insert') report.toInsert++;
    else if (record.action === 'update') report.toUpdate++;
    else report.toSkip++;
  }
  return { records, report };
}
