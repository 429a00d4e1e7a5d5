// Runs in: main process / Node. The example municipality's self-image: 12 companies scored the
// statements at visits, 18 in the spring survey, and 8 of the municipality's own people answered
// the same statements. The municipality sees itself more kindly on service and permits, the
// companies are kinder about the politicians' interest. Deterministic for a given `today`.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { MunicipalRole } from '../../../shared/domain/selfImage';
import { addDays, formatDay, parseDay } from '../demo/dates';
import { Random } from '../demo/random';
import { listStatements } from './statements';

/** Typical means per default statement (in order): [companies, municipality]. */
const typical: readonly (readonly [number, number])[] = [
  [3.4, 4.3],
  [2.3, 3.6],
  [2.7, 3.9],
  [2.6, 3.2],
  [3.3, 2.9],
  [3.0, 3.8],
  [2.2, 2.5],
  [2.5, 3.4],
];

const municipalPeople: readonly { name: string; role: MunicipalRole }[] = [
  { name: 'Kommunstyrelsens ordförande', role: 'politician' },
  { name: 'Oppositionsråd', role: 'politician' },
  { name: 'Ordförande i bygg- och miljönämnden', role: 'politician' },
  { name: 'Kommundirektör', role: 'official' },
  { name: 'Samhällsbyggnadschef', role: 'official' },
  { name: 'Bygglovshandläggare', role: 'official' },
  { name: 'Miljöinspektör', role: 'official' },
  { name: 'Upphandlare', role: 'official' },
];

function demoId(label: string): string {
  const h = createHash('sha256').update(`self-image-demo:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-c${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

export function generateSelfImageDemo(
  db: Database,
  _programmeId: string,
  today: string,
): { company: number; municipality: number } {
  const day = parseDay(today);
  const statements = listStatements(db);
  if (statements.length === 0) return { company: 0, municipality: 0 };
  const rng = new Random(day / 86_400_000 + 7);
  const addRespondent = db.prepare(
    `INSERT INTO self_image_respondents (id, side, name, role, company_id, stakeholder_id,
       visit_id, source, survey_name, answered_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
  );
  const addScore = db.prepare(
    `INSERT INTO self_image_scores (respondent_id, statement_id, score, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const scoreAll = (id: string, side: 0 | 1, stamp: string) =>
    statements.forEach((s, i) => {
      if (rng.chance(0.06)) return; // not everyone answers every statement
      const base = typical[i]?.[side] ?? 3;
      addScore.run(id, s.id, clamp(base + (rng.next() - 0.5) * 2.4), stamp, stamp);
    });

  const visits = db
    .prepare(
      `SELECT v.id, v.visit_date AS date, v.company_id AS companyId, c.name
       FROM visits v JOIN companies c ON c.id = v.company_id
       WHERE v.deleted_at IS NULL ORDER BY v.visit_date DESC, v.id LIMIT 12`,
    )
    .all() as { id: string; date: string; companyId: string; name: string }[];
  for (const v of visits) {
    const id = demoId(`${today}:visit:${v.id}`);
    const stamp = `${v.date}T15:00:00.000Z`;
    addRespondent.run(
      id,
      'company',
      v.name,
      null,
      v.companyId,
      v.id,
      'visit',
      '',
      v.date,
      stamp,
      stamp,
    );
    scoreAll(id, 0, stamp);
  }
  const surveyDate = formatDay(addDays(day, -120));
  const surveyName = `Företagsenkät ${surveyDate.slice(0, 4)}`;
  const surveyed = db
    .prepare(
      `SELECT id, name FROM companies WHERE deleted_at IS NULL AND id NOT IN (
         SELECT company_id FROM visits WHERE deleted_at IS NULL)
       ORDER BY name, id LIMIT 18`,
    )
    .all() as { id: string; name: string }[];
  const stamp = `${surveyDate}T12:00:00.000Z`;
  for (const c of surveyed) {
    const id = demoId(`${today}:survey:${c.id}`);
    addRespondent.run(
      id,
      'company',
      c.name,
      null,
      c.id,
      null,
      'survey',
      surveyName,
      surveyDate,
      stamp,
      stamp,
    );
    scoreAll(id, 0, stamp);
  }
  const workshop = formatDay(addDays(day, -100));
  const wStamp = `${workshop}T14:00:00.000Z`;
  municipalPeople.forEach((p, i) => {
    const id = demoId(`${today}:municipality:${i}`);
    addRespondent.run(
      id,
      'municipality',
      p.name,
      p.role,
      null,
      null,
      'manual',
      '',
      workshop,
      wStamp,
      wStamp,
    );
    scoreAll(id, 1, wStamp);
  });
  return { company: visits.length + surveyed.length, municipality: municipalPeople.length };
}
