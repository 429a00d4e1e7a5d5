// Runs in: main process / Node. The data of a besöksrapport (company-visit summary) for a period.
//
// Confidentiality: the free text of a visit marked confidential (notes, purpose, obstacles and
// the follow-up note) is company information and stays out unless `internal` is asked for. Such
// visits still count in the numbers (per industry, locality, topic), which reveal nothing of it.
// Personal data: participants (theirs or ours) are never loaded; company names are.
import type { Database } from 'better-sqlite3';
import { visitTopics } from '../../../../shared/domain/visitTopics';
import { listLocalities } from '../../settings';

export interface VisitReportQuery {
  from: string;
  to: string;
  internal: boolean;
}

export type FollowUpStatus = 'done' | 'open' | 'none';

export interface VisitReportObstacle {
  visitDate: string;
  company: string;
  locality: string | null;
  text: string;
  followUpNote: string;
  status: FollowUpStatus;
  confidential: boolean;
}

export interface VisitReportFollowUp {
  visitDate: string;
  company: string;
  note: string;
  done: boolean;
  confidential: boolean;
}

export interface VisitReportNote {
  visitDate: string;
  company: string;
  locality: string | null;
  purpose: string;
  notes: string;
  confidential: boolean;
}

export interface VisitReportData {
  period: { from: string; to: string };
  internal: boolean;
  visits: number;
  companies: number;
  byIndustry: { industry: string; visits: number; companies: number }[];
  byLocality: { locality: string; visits: number; companies: number }[];
  /** The municipality's places (Inställningar → Orter) that no visit in the period reached. */
  localitiesWithoutVisits: string[];
  topics: { topic: string; label: string; visits: number }[];
  obstacles: VisitReportObstacle[];
  followUps: { needed: number; done: number; open: number };
  followUpList: VisitReportFollowUp[];
  satisfaction: { average: number | null; rated: number; distribution: number[] };
  notes: VisitReportNote[];
  /** Visits in the period marked confidential. */
  confidentialVisits: number;
  /** Confidential visits whose text was left out (0 for an internal copy). */
  confidentialLeftOut: number;
  /** Obstacles of confidential visits left out (0 for an internal copy). */
  obstaclesLeftOut: number;
}

export const NO_INDUSTRY = 'Bransch ej angiven';
export const NO_LOCALITY = 'Ort ej angiven';

const swedish = new Intl.Collator('sv');
const fold = (s: string) => s.trim().toLocaleLowerCase('sv');

const topicLabels = new Map<string, string>(visitTopics.map((t) => [t.id, t.sv]));

const PERIOD = `v.deleted_at IS NULL AND v.visit_date BETWEEN @from AND @to`;
/** Text of confidential visits only for internal copies. */
const SHOWN = `(@internal = 1 OR v.confidential = 0)`;

function statusOf(needed: number, done: number): FollowUpStatus {
  if (done === 1) return 'done';
  return needed === 1 ? 'open' : 'none';
}

const byCountThenName =
  <T>(count: (t: T) => number, name: (t: T) => string) =>
  (a: T, b: T) =>
    count(b) - count(a) || swedish.compare(name(a), name(b));

export function loadVisitReportData(db: Database, query: VisitReportQuery): VisitReportData {
  const params = { from: query.from, to: query.to, internal: query.internal ? 1 : 0 };

  const totals = db
    .prepare(
      `SELECT count(*) AS visits, count(DISTINCT v.company_id) AS companies,
              coalesce(sum(v.confidential), 0) AS confidential,
              coalesce(sum(v.follow_up_needed), 0) AS needed,
              coalesce(sum(CASE WHEN v.follow_up_done = 1 THEN 1 ELSE 0 END), 0) AS done,
              coalesce(sum(CASE WHEN v.follow_up_needed = 1 AND v.follow_up_done = 0 THEN 1 ELSE 0 END), 0) AS open,
              avg(v.satisfaction) AS average, count(v.satisfaction) AS rated
       FROM visits v WHERE ${PERIOD}`,
    )
    .get(params) as {
    visits: number;
    companies: number;
    confidential: number;
    needed: number;
    done: number;
    open: number;
    average: number | null;
    rated: number;
  };

  const distribution = [0, 0, 0, 0, 0];
  for (const row of db
    .prepare(
      `SELECT v.satisfaction AS grade, count(*) AS n FROM visits v
       WHERE ${PERIOD} AND v.satisfaction IS NOT NULL GROUP BY v.satisfaction`,
    )
    .all(params) as { grade: number; n: number }[]) {
    distribution[row.grade - 1] = row.n;
  }

  const byIndustry = (
    db
      .prepare(
        `SELECT coalesce(nullif(trim(c.industry), ''), 'SNI ' || nullif(trim(c.sni_code), ''), @none) AS industry,
                count(*) AS visits, count(DISTINCT v.company_id) AS companies
         FROM visits v JOIN companies c ON c.id = v.company_id
         WHERE ${PERIOD} GROUP BY 1`,
      )
      .all({ ...params, none: NO_INDUSTRY }) as VisitReportData['byIndustry']
  ).sort(
    byCountThenName(
      (r) => r.visits,
      (r) => r.industry,
    ),
  );

  const byLocality = (
    db
      .prepare(
        `SELECT coalesce(nullif(trim(v.locality), ''), @none) AS locality,
                count(*) AS visits, count(DISTINCT v.company_id) AS companies
         FROM visits v WHERE ${PERIOD} GROUP BY 1`,
      )
      .all({ ...params, none: NO_LOCALITY }) as VisitReportData['byLocality']
  ).sort(
    byCountThenName(
      (r) => r.visits,
      (r) => r.locality,
    ),
  );
  const visited = new Set(byLocality.map((r) => fold(r.locality)));
  const localitiesWithoutVisits = listLocalities(db).filter((name) => !visited.has(fold(name)));

  const topics = (
    db
      .prepare(
        `SELECT t.topic, count(DISTINCT v.id) AS visits
         FROM visit_topics t JOIN visits v ON v.id = t.visit_id
         WHERE ${PERIOD} GROUP BY t.topic`,
      )
      .all(params) as { topic: string; visits: number }[]
  )
    .map((r) => ({ ...r, label: topicLabels.get(r.topic) ?? r.topic }))
    .sort(
      byCountThenName(
        (r) => r.visits,
        (r) => r.label,
      ),
    );

  const obstacles = (
    db
      .prepare(
        `SELECT v.visit_date AS visitDate, c.name AS company, v.locality, o.text,
                v.follow_up_note AS followUpNote, v.follow_up_needed AS needed,
                v.follow_up_done AS done, v.confidential
         FROM visit_obstacles o JOIN visits v ON v.id = o.visit_id JOIN companies c ON c.id = v.company_id
         WHERE ${PERIOD} AND ${SHOWN}
         ORDER BY v.visit_date, c.name COLLATE NOCASE, v.id, o.created_at, o.rowid`,
      )
      .all(params) as {
      visitDate: string;
      company: string;
      locality: string | null;
      text: string;
      followUpNote: string;
      needed: number;
      done: number;
      confidential: number;
    }[]
  ).map((r) => ({
    visitDate: r.visitDate,
    company: r.company,
    locality: r.locality,
    text: r.text,
    followUpNote: r.followUpNote,
    status: statusOf(r.needed, r.done),
    confidential: r.confidential === 1,
  }));

  const obstaclesLeftOut = query.internal
    ? 0
    : (
        db
          .prepare(
            `SELECT count(*) AS n FROM visit_obstacles o JOIN visits v ON v.id = o.visit_id
             WHERE ${PERIOD} AND v.confidential = 1`,
          )
          .get(params) as { n: number }
      ).n;

  const followUpList = (
    db
      .prepare(
        `SELECT v.visit_date AS visitDate, c.name AS company, v.follow_up_note AS note,
                v.follow_up_done AS done, v.confidential
         FROM visits v JOIN companies c ON c.id = v.company_id
         WHERE ${PERIOD} AND ${SHOWN} AND (v.follow_up_needed = 1 OR v.follow_up_done = 1)
         ORDER BY v.visit_date, c.name COLLATE NOCASE, v.id`,
      )
      .all(params) as {
      visitDate: string;
      company: string;
      note: string;
      done: number;
      confidential: number;
    }[]
  ).map((r) => ({ ...r, done: r.done === 1, confidential: r.confidential === 1 }));

  const notes = (
    db
      .prepare(
        `SELECT v.visit_date AS visitDate, c.name AS company, v.locality, v.purpose, v.notes, v.confidential
         FROM visits v JOIN companies c ON c.id = v.company_id
         WHERE ${PERIOD} AND ${SHOWN} AND (trim(v.notes) <> '' OR trim(v.purpose) <> '')
         ORDER BY v.visit_date, c.name COLLATE NOCASE, v.id`,
      )
      .all(params) as (Omit<VisitReportNote, 'confidential'> & { confidential: number })[]
  ).map((r) => ({ ...r, confidential: r.confidential === 1 }));

  return {
    period: { from: query.from, to: query.to },
    internal: query.internal,
    visits: totals.visits,
    companies: totals.companies,
    byIndustry,
    byLocality,
    localitiesWithoutVisits,
    topics,
    obstacles,
    followUps: { needed: totals.needed, done: totals.done, open: totals.open },
    followUpList,
    satisfaction: {
      average: totals.average === null ? null : Math.round(totals.average * 100) / 100,
      rated: totals.rated,
      distribution,
    },
    notes,
    confidentialVisits: totals.confidential,
    confidentialLeftOut: query.internal ? 0 : totals.confidential,
    obstaclesLeftOut,
  };
}
