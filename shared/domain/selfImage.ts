// Runs in: everywhere. Självbild vs företagens bild (I34): statements about the business climate,
// scored 1–5 by companies (at visits or in a survey, S19) and by the municipality's own people.

export interface SelfImageStatement {
  id: string;
  position: number;
  text: string;
  /** How many scores the statement has; a statement with scores cannot be deleted. */
  scoreCount: number;
}

/** Our own wording of the usual business-climate questions. */
export const defaultSelfImageStatements = [
  'Kommunen är lätt att få kontakt med',
  'Handläggningen av tillstånd går snabbt',
  'Kommunens tjänstepersoner förstår hur företag fungerar',
  'Det är tydligt vem på kommunen som ansvarar för vad',
  'Politikerna visar att de bryr sig om näringslivet',
  'Kommunen håller vad den lovar',
  'Det finns mark och lokaler för företag som vill växa',
  'Företagen får vara med och påverka kommunens beslut',
] as const;

export const respondentSides = [
  { id: 'company', sv: 'Företag', en: 'Company' },
  { id: 'municipality', sv: 'Kommunen', en: 'The municipality' },
] as const;
export type RespondentSide = (typeof respondentSides)[number]['id'];
export const respondentSideIds = respondentSides.map((s) => s.id) as [
  RespondentSide,
  ...RespondentSide[],
];

/** Who in the municipality answered. */
export const municipalRoles = [
  { id: 'official', sv: 'Tjänsteperson', en: 'Official' },
  { id: 'politician', sv: 'Politiker', en: 'Politician' },
  { id: 'other', sv: 'Annan', en: 'Other' },
] as const;
export type MunicipalRole = (typeof municipalRoles)[number]['id'];
export const municipalRoleIds = municipalRoles.map((r) => r.id) as [
  MunicipalRole,
  ...MunicipalRole[],
];

export const respondentSources = ['visit', 'survey', 'manual'] as const;
export type RespondentSource = (typeof respondentSources)[number];

export interface SelfImageScore {
  statementId: string;
  score: number;
}

export interface SelfImageRespondent {
  id: string;
  side: RespondentSide;
  name: string;
  role: MunicipalRole | null;
  companyId: string | null;
  stakeholderId: string | null;
  visitId: string | null;
  source: RespondentSource;
  answeredOn: string;
  surveyName: string;
  scores: SelfImageScore[];
}

/** One statement's two means side by side; gap = municipality − companies (null if one side has no answers). */
export interface SelfImageComparisonRow {
  statementId: string;
  text: string;
  municipalityMean: number | null;
  municipalityN: number;
  companyMean: number | null;
  companyN: number;
  gap: number | null;
}

export interface SelfImageComparison {
  rows: SelfImageComparisonRow[];
  /** Rows with a gap, largest difference first. */
  gaps: SelfImageComparisonRow[];
  respondents: { company: number; municipality: number };
}

/** A survey file read but not saved yet: what would be imported, or what is wrong with it. */
export interface SurveyPreview {
  /** Header → statement id (or null when the column is not a statement). */
  columns: { header: string; statementId: string | null; statementText: string | null }[];
  respondentColumn: string | null;
  orgNumberColumn: string | null;
  respondents: {
    line: number;
    name: string;
    orgNumber: string;
    companyId: string | null;
    scores: number;
  }[];
  errors: { line: number; message: string }[];
}

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** Municipality − companies per statement, gaps sorted by size (ties by statement order). */
export function compareSides(
  statements: readonly { id: string; text: string }[],
  scores: readonly { statementId: string; side: RespondentSide; score: number }[],
): SelfImageComparisonRow[] {
  return statements.map((s) => {
    const mine = scores.filter((x) => x.statementId === s.id);
    const m = mine.filter((x) => x.side === 'municipality').map((x) => x.score);
    const c = mine.filter((x) => x.side === 'company').map((x) => x.score);
    const municipalityMean = mean(m);
    const companyMean = mean(c);
    return {
      statementId: s.id,
      text: s.text,
      municipalityMean,
      municipalityN: m.length,
      companyMean,
      companyN: c.length,
      gap:
        municipalityMean === null || companyMean === null ? null : municipalityMean - companyMean,
    };
  });
}

export function sortedGaps(rows: readonly SelfImageComparisonRow[]): SelfImageComparisonRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter((x) => x.row.gap !== null)
    .sort((a, b) => Math.abs(b.row.gap!) - Math.abs(a.row.gap!) || a.index - b.index)
    .map((x) => x.row);
}
