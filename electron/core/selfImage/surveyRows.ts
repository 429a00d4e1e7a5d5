// Runs in: main process / Node. Reads a survey table (S19): one respondent per row, one column per
// statement (matched by its text or id), values 1–5. Every problem is reported with its line
// number as Excel shows it (the header is line 1), so the officer can fix the file.
import type { SelfImageScore, SurveyPreview } from '../../../shared/domain/selfImage';

export interface SurveyTable {
  headers: string[];
  /** rows[i] is line i + 2. */
  rows: string[][];
  problems: { row: number; message: string }[];
}

export interface SurveyRespondent {
  line: number;
  name: string;
  orgNumber: string;
  companyId: string | null;
  scores: SelfImageScore[];
}

export interface CompanyFinder {
  /** The org. number normalised, or null when it is not valid. */
  checkOrgNumber(raw: string): string | null;
  byOrgNumber(orgNumber: string): string | null;
  byName(name: string): string | null;
}

const respondentHeaders = [
  'respondent',
  'svarande',
  'företag',
  'foretag',
  'company',
  'namn',
  'name',
  'respondent/företag',
  'företag/respondent',
];

/** Case, spacing, a leading "3." and trailing punctuation do not matter. */
export const normaliseHeader = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\d+\s*[.):]\s*/, '')
    .replace(/[.?!:;]+$/, '')
    .trim();

const isOrgHeader = (h: string) =>
  /^(org\.?\s*-?\s*nr|orgnr|org\.? ?nummer|organisationsnummer|org_number|organisation number)$/.test(
    h,
  );

export function readSurvey(
  table: SurveyTable,
  statements: readonly { id: string; text: string }[],
  companies: CompanyFinder,
): SurveyPreview & { parsed: SurveyRespondent[] } {
  const byText = new Map(statements.map((s) => [normaliseHeader(s.text), s]));
  const byId = new Map(statements.map((s) => [s.id.toLowerCase(), s]));
  const columns = table.headers.map((header) => {
    const key = normaliseHeader(header);
    const statement = byText.get(key) ?? byId.get(header.trim().toLowerCase()) ?? null;
    return { header, statementId: statement?.id ?? null, statementText: statement?.text ?? null };
  });
  const errors = table.problems.map((p) => ({ line: p.row, message: p.message }));
  const orgIndex = table.headers.findIndex((h) => isOrgHeader(normaliseHeader(h)));
  let nameIndex = table.headers.findIndex((h) => respondentHeaders.includes(normaliseHeader(h)));
  if (nameIndex < 0) {
    nameIndex = columns.findIndex((c, i) => c.statementId === null && i !== orgIndex);
  }
  const statementColumns = columns.flatMap((c, i) => (c.statementId ? [i] : []));
  const used = new Set<string>();
  for (const i of statementColumns) {
    const id = columns[i]!.statementId!;
    if (used.has(id)) {
      errors.push({
        line: 1,
        message: `Rad 1: påståendet ”${columns[i]!.statementText}” finns i flera kolumner. Ta bort den ena.`,
      });
    }
    used.add(id);
  }
  if (nameIndex < 0) {
    errors.push({
      line: 1,
      message:
        'Rad 1: det finns ingen kolumn för vem som svarade. Lägg till en kolumn med rubriken Företag eller Respondent.',
    });
  }
  if (statementColumns.length === 0) {
    errors.push({
      line: 1,
      message:
        'Rad 1: ingen kolumnrubrik stämmer med något påstående. Rubrikerna ska vara påståendets text (eller dess id), precis som under Självbild.',
    });
  }
  const parsed: SurveyRespondent[] = [];
  if (nameIndex >= 0 && statementColumns.length > 0) {
    table.rows.forEach((row, index) => {
      const line = index + 2;
      if (row.every((cell) => cell.trim() === '')) return;
      const result = readRow(row, line, nameIndex, orgIndex, statementColumns, columns, companies);
      if ('errors' in result) errors.push(...result.errors);
      else parsed.push(result);
    });
    if (parsed.length === 0 && errors.length === 0) {
      errors.push({ line: 2, message: 'Filen har rubriker men inga svar under dem.' });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return {
    columns,
    respondentColumn: nameIndex >= 0 ? table.headers[nameIndex]! : null,
    orgNumberColumn: orgIndex >= 0 ? table.headers[orgIndex]! : null,
    respondents: parsed.map((p) => ({
      line: p.line,
      name: p.name,
      orgNumber: p.orgNumber,
      companyId: p.companyId,
      scores: p.scores.length,
    })),
    errors,
    parsed,
  };
}

function readRow(
  row: string[],
  line: number,
  nameIndex: number,
  orgIndex: number,
  statementColumns: number[],
  columns: { header: string; statementId: string | null }[],
  companies: CompanyFinder,
): SurveyRespondent | { errors: { line: number; message: string }[] } {
  const errors: { line: number; message: string }[] = [];
  const name = (row[nameIndex] ?? '').trim();
  if (name === '') {
    errors.push({
      line,
      message: `Rad ${line}: namnet på den som svarade saknas (kolumnen ”${columns[nameIndex]!.header}”).`,
    });
  }
  const rawOrg = orgIndex >= 0 ? (row[orgIndex] ?? '').trim() : '';
  let orgNumber = '';
  if (rawOrg !== '') {
    const checked = companies.checkOrgNumber(rawOrg);
    if (checked === null) {
      errors.push({
        line,
        message: `Rad ${line}: organisationsnumret ${rawOrg} är inte giltigt. Skriv det som NNNNNN-NNNN eller lämna rutan tom.`,
      });
    } else orgNumber = checked;
  }
  const scores: SelfImageScore[] = [];
  for (const i of statementColumns) {
    const raw = (row[i] ?? '').trim();
    if (raw === '') continue;
    if (!/^[1-5]$/.test(raw)) {
      errors.push({
        line,
        message: `Rad ${line}, kolumn ”${columns[i]!.header}”: ”${raw}” är inte en siffra 1–5.`,
      });
      continue;
    }
    scores.push({ statementId: columns[i]!.statementId!, score: Number(raw) });
  }
  if (scores.length === 0 && errors.length === 0) {
    errors.push({ line, message: `Rad ${line}: ${name} har inte svarat på något påstående.` });
  }
  if (errors.length > 0) return { errors };
  const companyId = (orgNumber ? companies.byOrgNumber(orgNumber) : null) ?? companies.byName(name);
  return { line, name, orgNumber, companyId, scores };
}
