// Runs in: main process / Node. Who scored the statements and what they gave: companies at visits,
// in surveys or typed in, and the municipality's own officials and politicians.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { respondentInput } from '../../../shared/contract/selfImage';
import type {
  MunicipalRole,
  RespondentSide,
  RespondentSource,
  SelfImageRespondent,
  SelfImageScore,
} from '../../../shared/domain/selfImage';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { checkStatementIds } from './statements';

type RespondentData = z.output<typeof respondentInput>;

interface RespondentRow {
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
}

const respondentColumns = `id, side, name, role, company_id AS companyId,
  stakeholder_id AS stakeholderId, visit_id AS visitId, source, answered_on AS answeredOn,
  survey_name AS surveyName`;

function scoresOf(db: Database, respondentId: string): SelfImageScore[] {
  return cachedStatement(
    db,
    `SELECT x.statement_id AS statementId, x.score FROM self_image_scores x
     JOIN self_image_statements s ON s.id = x.statement_id
     WHERE x.respondent_id = ? ORDER BY s.position`,
  ).all(respondentId) as SelfImageScore[];
}

const withScores = (db: Database, row: RespondentRow): SelfImageRespondent => ({
  ...row,
  scores: scoresOf(db, row.id),
});

export function getRespondent(db: Database, id: string): SelfImageRespondent {
  const row = cachedStatement(
    db,
    `SELECT ${respondentColumns} FROM self_image_respondents WHERE id = ?`,
  ).get(id) as RespondentRow | undefined;
  if (!row) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Svaret finns inte längre.',
      en: 'The answer no longer exists.',
    });
  }
  return withScores(db, row);
}

export function listRespondents(db: Database, side?: RespondentSide): SelfImageRespondent[] {
  const rows = cachedStatement(
    db,
    `SELECT ${respondentColumns} FROM self_image_respondents
     WHERE (? IS NULL OR side = ?) ORDER BY answered_on DESC, name COLLATE NOCASE, id`,
  ).all(side ?? null, side ?? null) as RespondentRow[];
  return rows.map((r) => withScores(db, r));
}

export function replaceScores(
  db: Database,
  respondentId: string,
  scores: readonly SelfImageScore[],
  now: string,
): void {
  cachedStatement(db, 'DELETE FROM self_image_scores WHERE respondent_id = ?').run(respondentId);
  const insert = cachedStatement(
    db,
    `INSERT INTO self_image_scores (respondent_id, statement_id, score, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (respondent_id, statement_id) DO UPDATE SET score = excluded.score`,
  );
  for (const s of scores) insert.run(respondentId, s.statementId, s.score, now, now);
}

export interface NewRespondent {
  side: RespondentSide;
  name: string;
  role: MunicipalRole | null;
  companyId: string | null;
  stakeholderId: string | null;
  visitId: string | null;
  source: RespondentSource;
  surveyName: string;
  answeredOn: string;
}

export function insertRespondent(db: Database, r: NewRespondent, now: string): string {
  const id = newId();
  cachedStatement(
    db,
    `INSERT INTO self_image_respondents (id, side, name, role, company_id, stakeholder_id,
       visit_id, source, survey_name, answered_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    r.side,
    r.name,
    r.role,
    r.companyId,
    r.stakeholderId,
    r.visitId,
    r.source,
    r.surveyName,
    r.answeredOn,
    now,
    now,
  );
  return id;
}

function checkLinks(db: Database, data: RespondentData): void {
  const fields: Record<string, string> = {};
  if (
    data.stakeholderId &&
    !cachedStatement(db, 'SELECT 1 FROM stakeholders WHERE id = ? AND deleted_at IS NULL').get(
      data.stakeholderId,
    )
  ) {
    fields.stakeholderId = 'Personen finns inte i aktörsregistret.';
  }
  if (
    data.companyId &&
    !cachedStatement(db, 'SELECT 1 FROM companies WHERE id = ? AND deleted_at IS NULL').get(
      data.companyId,
    )
  ) {
    fields.companyId = 'Företaget finns inte i företagsregistret.';
  }
  if (Object.keys(fields).length > 0) {
    throw new AppFailure(
      'VALIDATION',
      { sv: Object.values(fields)[0]!, en: 'A linked record no longer exists.' },
      fields,
    );
  }
  checkStatementIds(
    db,
    data.scores.map((s) => s.statementId),
  );
}

/** A typed-in respondent (usually one of the municipality's own people). */
export function saveRespondent(
  db: Database,
  input: RespondentData & { id?: string | undefined },
): SelfImageRespondent {
  const { id: given, ...data } = input;
  const role = data.side === 'municipality' ? (data.role ?? 'other') : null;
  let id = given ?? '';
  db.transaction(() => {
    checkLinks(db, data);
    const now = nowIso();
    if (given) {
      const changed = cachedStatement(
        db,
        `UPDATE self_image_respondents SET side = ?, name = ?, role = ?, stakeholder_id = ?,
           company_id = ?, answered_on = ?, updated_at = ? WHERE id = ? AND visit_id IS NULL`,
      ).run(
        data.side,
        data.name,
        role,
        data.stakeholderId,
        data.companyId,
        data.answeredOn,
        now,
        given,
      ).changes;
      if (changed === 0) getRespondent(db, given);
    } else {
      id = insertRespondent(
        db,
        { ...data, role, visitId: null, source: 'manual', surveyName: '' },
        now,
      );
    }
    replaceScores(db, id, data.scores, now);
  })();
  return getRespondent(db, id);
}

export function deleteRespondent(db: Database, id: string): { id: string } {
  const changed = cachedStatement(db, 'DELETE FROM self_image_respondents WHERE id = ?').run(
    id,
  ).changes;
  if (changed === 0) getRespondent(db, id);
  return { id };
}

export function respondentForVisit(db: Database, visitId: string): SelfImageRespondent | null {
  const row = cachedStatement(
    db,
    `SELECT ${respondentColumns} FROM self_image_respondents WHERE visit_id = ?`,
  ).get(visitId) as RespondentRow | undefined;
  return row ? withScores(db, row) : null;
}

/** The company's scores at a visit, dated and named after the visit; none = no respondent. */
export function saveVisitScores(
  db: Database,
  visitId: string,
  scores: readonly SelfImageScore[],
): { respondent: SelfImageRespondent | null } {
  db.transaction(() => {
    const visit = cachedStatement(
      db,
      `SELECT v.visit_date AS date, v.company_id AS companyId, c.name AS companyName
       FROM visits v JOIN companies c ON c.id = v.company_id
       WHERE v.id = ? AND v.deleted_at IS NULL`,
    ).get(visitId) as { date: string; companyId: string; companyName: string } | undefined;
    if (!visit) {
      throw new AppFailure('NOT_FOUND', {
        sv: 'Besöket finns inte längre. Det kan ha tagits bort.',
        en: 'The visit no longer exists. It may have been deleted.',
      });
    }
    checkStatementIds(
      db,
      scores.map((s) => s.statementId),
    );
    const existing = respondentForVisit(db, visitId);
    const now = nowIso();
    if (scores.length === 0) {
      if (existing)
        cachedStatement(db, 'DELETE FROM self_image_respondents WHERE id = ?').run(existing.id);
      return;
    }
    let id = existing?.id;
    if (id) {
      cachedStatement(
        db,
        `UPDATE self_image_respondents SET name = ?, company_id = ?, answered_on = ?, updated_at = ?
         WHERE id = ?`,
      ).run(visit.companyName, visit.companyId, visit.date, now, id);
    } else {
      id = insertRespondent(
        db,
        {
          side: 'company',
          name: visit.companyName,
          role: null,
          companyId: visit.companyId,
          stakeholderId: null,
          visitId,
          source: 'visit',
          surveyName: '',
          answeredOn: visit.date,
        },
        now,
      );
    }
    replaceScores(db, id, scores, now);
  })();
  return { respondent: respondentForVisit(db, visitId) };
}
