// Runs in: main process / Node. Writing insights and their sources, merging duplicates.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { insightInput, insightUpdate, sourceInput } from '../../../shared/contract/insights';
import type { Insight } from '../../../shared/domain/insights';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { currentProgrammeId, resolveProgramme } from './programme';
import {
  insertInsightRow,
  restoreInsight,
  selectInsight,
  selectInsightRow,
  softDeleteInsight,
  touchInsight,
  updateInsightRow,
  type InsightFields,
} from './queries';
import { insertSource, moveSources, resolveSource } from './sources';
import { localDate } from './today';

type CreateData = z.output<typeof insightInput>;
type UpdateData = z.output<typeof insightUpdate>;
type SourceData = z.output<typeof sourceInput>;

export const insightNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Insikten finns inte längre. Den kan ha tagits bort eller slagits ihop med en annan.',
    en: 'The insight no longer exists. It may have been deleted or merged into another.',
  });

/**
 * Only obstacles (hinder) are tracked: they start open, and "removed" gets today's date unless
 * another is given. Other types carry no obstacle fields.
 */
export function normaliseObstacle(f: InsightFields): InsightFields {
  if (f.type !== 'obstacle') {
    return { ...f, obstacleStatus: null, obstacleOwner: '', obstacleRemovedDate: null };
  }
  const status = f.obstacleStatus ?? 'open';
  return {
    ...f,
    obstacleStatus: status,
    obstacleRemovedDate: status === 'removed' ? (f.obstacleRemovedDate ?? localDate()) : null,
  };
}

export function getInsight(db: Database, id: string): Insight {
  const insight = selectInsight(db, id);
  if (!insight) throw insightNotFound();
  return insight;
}

/** Writes a new insight with its sources; call inside a transaction. */
export function insertInsight(
  db: Database,
  fields: InsightFields,
  sources: SourceData[],
  now: string,
): string {
  const id = newId();
  const resolved = sources.map((s, i) => {
    try {
      return resolveSource(db, s);
    } catch (err) {
      // Point the form at the source row that failed.
      if (err instanceof AppFailure && err.fields) {
        const fields = Object.fromEntries(
          Object.entries(err.fields).map(([k, v]) => [`sources.${i}.${k}`, v]),
        );
        throw new AppFailure(err.code, err.detail, fields);
      }
      throw err;
    }
  });
  insertInsightRow(db, id, normaliseObstacle(fields), now);
  for (const source of resolved) insertSource(db, id, source, now);
  return id;
}

export function createInsight(db: Database, data: CreateData): Insight {
  const now = nowIso();
  const id = db.transaction(() => {
    const programmeId = resolveProgramme(db, data.programmeId, () => currentProgrammeId(db));
    return insertInsight(db, { ...data, programmeId }, data.sources, now);
  })();
  return getInsight(db, id);
}

export function updateInsight(db: Database, data: UpdateData): Insight {
  const { id, ...fields } = data;
  db.transaction(() => {
    resolveProgramme(db, fields.programmeId, () => null);
    if (!updateInsightRow(db, id, normaliseObstacle(fields), nowIso())) throw insightNotFound();
  })();
  return getInsight(db, id);
}

export function deleteInsight(db: Database, id: string): { id: string } {
  if (!softDeleteInsight(db, id, nowIso())) throw insightNotFound();
  return { id };
}

export function undeleteInsight(db: Database, id: string): { id: string } {
  if (!restoreInsight(db, id, nowIso())) throw insightNotFound();
  return { id };
}

export function addSource(db: Database, insightId: string, source: SourceData): Insight {
  const now = nowIso();
  db.transaction(() => {
    if (!selectInsightRow(db, insightId)) throw insightNotFound();
    if (insertSource(db, insightId, resolveSource(db, source), now))
      touchInsight(db, insightId, now);
  })();
  return getInsight(db, insightId);
}

export function removeSource(db: Database, sourceId: string): Insight {
  const row = cachedStatement(
    db,
    'SELECT insight_id AS insightId FROM insight_sources WHERE id = ?',
  ).get(sourceId) as { insightId: string } | undefined;
  if (!row) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Källan finns inte längre.',
      en: 'The source no longer exists.',
    });
  }
  const now = nowIso();
  db.transaction(() => {
    cachedStatement(db, 'DELETE FROM insight_sources WHERE id = ?').run(sourceId);
    touchInsight(db, row.insightId, now);
  })();
  return getInsight(db, row.insightId);
}

/**
 * Folds a duplicate into another insight: "raised in 7 visits" grows by merging. The sources move,
 * an obstacle keeps the owner it had or takes the duplicate's, and the duplicate goes to the trash.
 */
export function mergeInsights(db: Database, intoId: string, fromId: string): Insight {
  if (intoId === fromId) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Välj en annan insikt att slå ihop med.',
        en: 'Choose another insight to merge with.',
      },
      { fromId: 'Välj en annan insikt att slå ihop med.' },
    );
  }
  const now = nowIso();
  db.transaction(() => {
    const into = selectInsightRow(db, intoId);
    const from = selectInsightRow(db, fromId);
    if (!into || !from) throw insightNotFound();
    moveSources(db, fromId, intoId, now);
    if (into.type === 'obstacle' && into.obstacleOwner === '' && from.obstacleOwner !== '') {
      updateInsightRow(db, intoId, { ...into, obstacleOwner: from.obstacleOwner }, now);
    } else {
      touchInsight(db, intoId, now);
    }
    softDeleteInsight(db, fromId, now);
  })();
  return getInsight(db, intoId);
}
