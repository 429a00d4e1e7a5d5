// Runs in: main process / Node. The overview (Översikt): who is on board, where visits went, and
// the current programme's health checks and cards.
import type { Database } from 'better-sqlite3';
import { actorCategories, type ActorCategory } from '../../../shared/domain/actorCategories';
import type { Overview } from '../../../shared/domain/app';
import type { OverviewHealth } from '../../../shared/domain/health';
import { healthReport } from '../health/report';
import { currentProgrammeId } from '../programmes/queries';
import { cachedStatement } from '../search/cachedStatement';
import { programmeCards } from './cards';

const KEY_ACTORS_SHOWN = 20;

type Counts = Overview['counts'];

function registerCounts(db: Database): Counts {
  return cachedStatement(
    db,
    `SELECT (SELECT count(*) FROM stakeholders WHERE deleted_at IS NULL) AS stakeholders,
            (SELECT count(*) FROM companies WHERE deleted_at IS NULL) AS companies,
            (SELECT count(*) FROM visits WHERE deleted_at IS NULL) AS visits`,
  ).get() as Counts;
}

function categoryCounts(db: Database): Pick<Overview, 'perCategory' | 'emptyCategories'> {
  const rows = cachedStatement(
    db,
    `SELECT sc.category, count(*) AS count
     FROM stakeholder_categories sc JOIN stakeholders s ON s.id = sc.stakeholder_id
     WHERE s.deleted_at IS NULL GROUP BY sc.category`,
  ).all() as { category: string; count: number }[];
  const counts = new Map(rows.map((r) => [r.category, r.count]));
  const perCategory = actorCategories.map((c) => ({
    category: c.id as ActorCategory,
    count: counts.get(c.id) ?? 0,
  }));
  return {
    perCategory,
    emptyCategories: perCategory.filter((c) => c.count === 0).map((c) => c.category),
  };
}

function keyActors(db: Database): Pick<Overview, 'keyActors' | 'keyActorCount' | 'championCount'> {
  const list = cachedStatement(
    db,
    `SELECT id, name, champion FROM stakeholders WHERE deleted_at IS NULL AND key_actor = 1
     ORDER BY name COLLATE NOCASE, id LIMIT ?`,
  ).all(KEY_ACTORS_SHOWN) as { id: string; name: string; champion: number }[];
  const counts = cachedStatement(
    db,
    `SELECT coalesce(sum(key_actor), 0) AS keyActorCount, coalesce(sum(champion), 0) AS championCount
     FROM stakeholders WHERE deleted_at IS NULL`,
  ).get() as { keyActorCount: number; championCount: number };
  return { keyActors: list.map((a) => ({ ...a, champion: a.champion === 1 })), ...counts };
}

function visitsInYear(
  db: Database,
  year: number,
): Pick<
  Overview,
  'visitsThisYear' | 'visitsPerMonth' | 'localitiesReached' | 'localitiesNotReached'
> {
  const range = [`${year}-01-01`, `${year}-12-31`];
  const months = cachedStatement(
    db,
    `SELECT substr(visit_date, 1, 7) AS month, count(*) AS count FROM visits
     WHERE deleted_at IS NULL AND visit_date BETWEEN ? AND ? GROUP BY month`,
  ).all(...range) as { month: string; count: number }[];
  const perMonth = new Map(months.map((m) => [m.month, m.count]));
  const visitsPerMonth = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, count: perMonth.get(month) ?? 0 };
  });

  const localitiesReached = cachedStatement(
    db,
    `SELECT locality AS name, count(*) AS visits FROM visits
     WHERE deleted_at IS NULL AND visit_date BETWEEN ? AND ? AND coalesce(locality, '') <> ''
     GROUP BY locality ORDER BY visits DESC, locality COLLATE NOCASE`,
  ).all(...range) as { name: string; visits: number }[];
  // Compared in JS: few localities, and the visits_locality_date index is case-sensitive.
  const reached = new Set(localitiesReached.map((l) => l.name.toLocaleLowerCase('sv')));
  const localitiesNotReached = (
    cachedStatement(db, 'SELECT name FROM localities ORDER BY name COLLATE NOCASE').all() as {
      name: string;
    }[]
  )
    .map((l) => l.name)
    .filter((name) => !reached.has(name.toLocaleLowerCase('sv')));

  return {
    visitsThisYear: months.reduce((sum, m) => sum + m.count, 0),
    visitsPerMonth,
    localitiesReached,
    localitiesNotReached,
  };
}

/** The current programme's health checks (as of today) and its cards for the chosen year. */
function programmeHealth(db: Database, year: number, today: string): OverviewHealth | null {
  const programmeId = currentProgrammeId(db);
  if (!programmeId) return null;
  return {
    report: healthReport(db, programmeId, today),
    cards: programmeCards(db, programmeId, year, today),
  };
}

export function readOverview(db: Database, year: number, today: string): Overview {
  const { followUpsOpen } = cachedStatement(
    db,
    `SELECT count(*) AS followUpsOpen FROM visits
     WHERE deleted_at IS NULL AND follow_up_needed = 1 AND follow_up_done = 0`,
  ).get() as { followUpsOpen: number };
  return {
    year,
    counts: registerCounts(db),
    ...categoryCounts(db),
    ...keyActors(db),
    ...visitsInYear(db, year),
    followUpsOpen,
    health: programmeHealth(db, year, today),
  };
}
