// Runs in: main process / Node. Statistics indicators and their yearly values: read, save, the
// value table's upsert (a null value removes the year) and the trash.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type {
  indicatorInput,
  indicatorUpdate,
  valueInput,
} from '../../../shared/contract/analysis';
import {
  MAIN_SERIES,
  type Indicator,
  type IndicatorRow,
  type IndicatorSource,
  type IndicatorValue,
} from '../../../shared/domain/statistics';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { requireLiveProgramme } from './programme';

type CreateInput = z.output<typeof indicatorInput>;
type UpdateInput = z.output<typeof indicatorUpdate>;
type ValueInput = z.output<typeof valueInput>;

export const indicatorNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Nyckeltalet finns inte längre. Det kan ha tagits bort.',
    en: 'The indicator no longer exists. It may have been deleted.',
  });

interface DbRow {
  id: string;
  programmeId: string;
  name: string;
  unit: string;
  source: IndicatorSource;
  kpiId: string;
  areaCode: string;
  areaName: string;
  note: string;
  createdAt: string;
  updatedAt: string;
  latestYear: number | null;
  latestValue: number | null;
  firstYear: number | null;
  valueCount: number;
}

const SELECT = `
  SELECT i.id, i.programme_id AS programmeId, i.name, i.unit, i.source, i.kpi_id AS kpiId,
         i.area_code AS areaCode, i.area_name AS areaName, i.note, i.created_at AS createdAt,
         i.updated_at AS updatedAt,
         (SELECT max(year) FROM statistics_values WHERE indicator_id = i.id AND series = '') AS latestYear,
         (SELECT value FROM statistics_values WHERE indicator_id = i.id AND series = ''
           ORDER BY year DESC LIMIT 1) AS latestValue,
         (SELECT min(year) FROM statistics_values WHERE indicator_id = i.id AND series = '') AS firstYear,
         (SELECT count(*) FROM statistics_values WHERE indicator_id = i.id) AS valueCount
  FROM statistics_indicators i`;

function toRow(r: DbRow): IndicatorRow & { createdAt: string } {
  const { latestYear, latestValue, ...rest } = r;
  return {
    ...rest,
    latest:
      latestYear !== null && latestValue !== null ? { year: latestYear, value: latestValue } : null,
  };
}

export function listIndicators(db: Database, programmeId: string): IndicatorRow[] {
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE i.programme_id = ? AND i.deleted_at IS NULL ORDER BY i.name COLLATE NOCASE, i.id`,
  ).all(programmeId) as DbRow[];
  return rows.map((r) => {
    const { createdAt: _c, ...row } = toRow(r);
    return row;
  });
}

export function valuesOf(db: Database, id: string): IndicatorValue[] {
  return cachedStatement(
    db,
    `SELECT series, year, value FROM statistics_values WHERE indicator_id = ?
     ORDER BY series <> '', series, year`,
  ).all(id) as IndicatorValue[];
}

export function getIndicator(db: Database, id: string): Indicator {
  const row = cachedStatement(db, `${SELECT} WHERE i.id = ? AND i.deleted_at IS NULL`).get(id) as
    DbRow | undefined;
  if (!row) throw indicatorNotFound();
  const values = valuesOf(db, id);
  const comparisons = (
    cachedStatement(
      db,
      `SELECT series FROM statistics_values WHERE indicator_id = ? AND series <> ''
       GROUP BY series ORDER BY min(created_at), series`,
    )
      .pluck()
      .all(id) as string[]
  ).filter((s) => s !== MAIN_SERIES);
  return { ...toRow(row), values, comparisons };
}

export function insertIndicator(
  db: Database,
  data: Omit<CreateInput, 'programmeId'> & { programmeId: string },
  now = nowIso(),
): string {
  const id = newId();
  cachedStatement(
    db,
    `INSERT INTO statistics_indicators
       (id, programme_id, name, unit, source, kpi_id, area_code, area_name, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    data.programmeId,
    data.name,
    data.unit,
    data.source,
    data.kpiId.toUpperCase(),
    data.areaCode,
    data.areaName,
    data.note,
    now,
    now,
  );
  return id;
}

export function createIndicator(db: Database, input: CreateInput): Indicator {
  return db.transaction(() => {
    requireLiveProgramme(db, input.programmeId);
    return getIndicator(db, insertIndicator(db, input));
  })();
}

export function updateIndicator(db: Database, input: UpdateInput): Indicator {
  return db.transaction(() => {
    const changed = cachedStatement(
      db,
      `UPDATE statistics_indicators SET name = ?, unit = ?, source = ?, kpi_id = ?, area_code = ?,
         area_name = ?, note = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
    ).run(
      input.name,
      input.unit,
      input.source,
      input.kpiId.toUpperCase(),
      input.areaCode,
      input.areaName,
      input.note,
      nowIso(),
      input.id,
    ).changes;
    if (changed === 0) throw indicatorNotFound();
    return getIndicator(db, input.id);
  })();
}

/** Writes one value (insert or replace); returns whether it was new or changed. */
export function upsertValue(
  db: Database,
  indicatorId: string,
  v: { series: string; year: number; value: number },
  now: string,
): 'added' | 'changed' | 'unchanged' {
  const old = cachedStatement(
    db,
    'SELECT value FROM statistics_values WHERE indicator_id = ? AND series = ? AND year = ?',
  ).get(indicatorId, v.series, v.year) as { value: number } | undefined;
  if (old && old.value === v.value) return 'unchanged';
  cachedStatement(
    db,
    `INSERT INTO statistics_values (indicator_id, series, year, value, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (indicator_id, series, year) DO UPDATE SET value = excluded.value,
       updated_at = excluded.updated_at`,
  ).run(indicatorId, v.series, v.year, v.value, now, now);
  return old ? 'changed' : 'added';
}

export function setValues(db: Database, id: string, values: ValueInput[]): Indicator {
  return db.transaction(() => {
    getIndicator(db, id);
    const now = nowIso();
    for (const v of values) {
      if (v.value === null) {
        cachedStatement(
          db,
          'DELETE FROM statistics_values WHERE indicator_id = ? AND series = ? AND year = ?',
        ).run(id, v.series, v.year);
      } else upsertValue(db, id, { series: v.series, year: v.year, value: v.value }, now);
    }
    cachedStatement(db, 'UPDATE statistics_indicators SET updated_at = ? WHERE id = ?').run(
      now,
      id,
    );
    return getIndicator(db, id);
  })();
}

export function deleteIndicator(db: Database, id: string): { id: string } {
  const changed = cachedStatement(
    db,
    `UPDATE statistics_indicators SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
  ).run(nowIso(), nowIso(), id).changes;
  if (changed === 0) throw indicatorNotFound();
  return { id };
}
