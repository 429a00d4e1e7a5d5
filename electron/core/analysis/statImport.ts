// Runs in: main process / Node. The statistics import: the preview says which indicators are
// created or updated and which lines are skipped and why; the commit writes the same plan in one
// transaction. The chosen area's values become the main series, the others comparison series.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { importInput } from '../../../shared/contract/analysis';
import type {
  ImportArea,
  ImportIndicatorPreview,
  StatisticsImportPreview,
  StatisticsImportResult,
} from '../../../shared/domain/statistics';
import { MAIN_SERIES } from '../../../shared/domain/statistics';
import { nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { importFailure } from './csvTable';
import { getIndicator, insertIndicator, upsertValue } from './indicators';
import { requireLiveProgramme } from './programme';
import { readStatFile, type Area, type StatFile, type StatRecord } from './statRecords';

type ImportInput = z.output<typeof importInput>;

const areaKey = (a: Area) => a.code || a.name.toLowerCase();
const areaLabel = (a: Area) => (a.code === '0000' ? 'Riket' : a.name || a.code);

interface PlannedIndicator {
  key: string;
  name: string;
  kpiId: string;
  existingId: string | null;
  values: { series: string; year: number; value: number }[];
}

interface Plan {
  file: StatFile;
  areas: ImportArea[];
  main: Area;
  indicators: PlannedIndicator[];
}

/** The main area: the one asked for, else the first municipality (4-digit code, not Riket). */
function chooseMain(areas: Area[], wanted: string): Area {
  const w = wanted.trim().toLowerCase();
  const asked = w ? areas.find((a) => a.code === w || a.name.toLowerCase() === w) : undefined;
  return (
    asked ??
    areas.find((a) => /^\d{4}$/.test(a.code) && a.code !== '0000') ??
    areas.find((a) => a.code !== '0000') ??
    areas[0]!
  );
}

function existingIndicator(db: Database, programmeId: string, r: StatRecord, layout: string) {
  const sql =
    layout === 'kolada'
      ? `SELECT id FROM statistics_indicators WHERE programme_id = ? AND deleted_at IS NULL
           AND upper(kpi_id) = ? ORDER BY created_at LIMIT 1`
      : `SELECT id FROM statistics_indicators WHERE programme_id = ? AND deleted_at IS NULL
           AND source = 'scb' AND lower(name) = ? ORDER BY created_at LIMIT 1`;
  const arg = layout === 'kolada' ? r.kpiId.toUpperCase() : r.name.toLowerCase();
  return (cachedStatement(db, sql).pluck().get(programmeId, arg) as string | undefined) ?? null;
}

function plan(db: Database, input: ImportInput): Plan {
  requireLiveProgramme(db, input.programmeId);
  const file = readStatFile(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  const areaMap = new Map<string, ImportArea & { area: Area }>();
  for (const r of file.records) {
    const k = areaKey(r.area);
    const a = areaMap.get(k) ?? {
      code: r.area.code,
      name: areaLabel(r.area),
      rows: 0,
      area: r.area,
    };
    a.rows += 1;
    areaMap.set(k, a);
  }
  const areaList = [...areaMap.values()];
  if (areaList.length === 0) {
    const first = file.skipped[0];
    throw importFailure(
      `Filen innehåller inga värden att importera.${first ? ` Rad ${first.line}: ${first.reason}` : ''}`,
      'The file has no values to import.',
    );
  }
  const main = chooseMain(
    areaList.map((a) => a.area),
    input.mainArea,
  );
  const byKey = new Map<string, PlannedIndicator>();
  const seen = new Map<string, number>();
  for (const r of file.records) {
    let p = byKey.get(r.key);
    if (!p) {
      p = {
        key: r.key,
        name: r.name,
        kpiId: r.kpiId,
        existingId: existingIndicator(db, input.programmeId, r, file.layout),
        values: [],
      };
      byKey.set(r.key, p);
    }
    const series = areaKey(r.area) === areaKey(main) ? MAIN_SERIES : areaLabel(r.area);
    const dupKey = `${r.key}|${series}|${r.year}`;
    const first = seen.get(dupKey);
    if (first !== undefined) {
      file.skipped.push({
        line: r.line,
        reason: `Samma nyckeltal, område och år (${r.year}) finns redan på rad ${first}.`,
      });
      continue;
    }
    seen.set(dupKey, r.line);
    p.values.push({ series, year: r.year, value: r.value });
  }
  return {
    file,
    areas: areaList.map(({ area: _a, ...rest }) => rest),
    main,
    indicators: [...byKey.values()],
  };
}

function previewOf(db: Database, p: Plan): StatisticsImportPreview {
  const indicators: ImportIndicatorPreview[] = p.indicators.map((ind) => {
    const old = new Map<string, number>();
    if (ind.existingId) {
      for (const v of getIndicator(db, ind.existingId).values)
        old.set(`${v.series}|${v.year}`, v.value);
    }
    const series = new Map<string, ImportIndicatorPreview['series'][number]>();
    for (const v of ind.values) {
      const s = series.get(v.series) ?? {
        series: v.series,
        years: [],
        added: 0,
        changed: 0,
        unchanged: 0,
      };
      s.years.push(v.year);
      const before = old.get(`${v.series}|${v.year}`);
      if (before === undefined) s.added += 1;
      else if (before === v.value) s.unchanged += 1;
      else s.changed += 1;
      series.set(v.series, s);
    }
    const list = [...series.values()].map((s) => ({
      ...s,
      years: [...s.years].sort((a, b) => a - b),
    }));
    list.sort((a, b) =>
      a.series === '' ? -1 : b.series === '' ? 1 : a.series.localeCompare(b.series, 'sv'),
    );
    return {
      key: ind.key,
      name: ind.name,
      kpiId: ind.kpiId,
      existingId: ind.existingId,
      series: list,
    };
  });
  return {
    layout: p.file.layout,
    encoding: p.file.encoding,
    delimiter: p.file.delimiter,
    areas: p.areas,
    mainArea: p.main.code || p.main.name,
    indicators,
    skipped: [...p.file.skipped].sort((a, b) => a.line - b.line),
    valueCount: p.indicators.reduce((n, i) => n + i.values.length, 0),
  };
}

export function previewStatisticsImport(db: Database, input: ImportInput): StatisticsImportPreview {
  return previewOf(db, plan(db, input));
}

export function commitStatisticsImport(db: Database, input: ImportInput): StatisticsImportResult {
  return db.transaction(() => {
    const p = plan(db, input);
    const now = nowIso();
    const result: StatisticsImportResult = { created: 0, updated: 0, values: 0, indicatorIds: [] };
    for (const ind of p.indicators) {
      let id = ind.existingId;
      if (!id) {
        id = insertIndicator(
          db,
          {
            programmeId: input.programmeId,
            name: ind.name,
            unit: '',
            source: p.file.layout,
            kpiId: ind.kpiId,
            areaCode: p.main.code === '0000' ? '' : p.main.code,
            areaName: p.main.name,
            note: `Importerad från ${input.fileName}`,
          },
          now,
        );
        result.created += 1;
      } else result.updated += 1;
      for (const v of ind.values) {
        if (upsertValue(db, id, v, now) !== 'unchanged') result.values += 1;
      }
      cachedStatement(db, 'UPDATE statistics_indicators SET updated_at = ? WHERE id = ?').run(
        now,
        id,
      );
      result.indicatorIds.push(id);
    }
    return result;
  })();
}
