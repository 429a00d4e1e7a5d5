// Runs in: main process / Node. Writes the example municipality's analysis material: six key
// figures with nine years of values (comparison series where natural), the analysis texts with
// sources, and five steering documents with the policy check half done and one conflict. The same
// `today` gives the same ids, timestamps and values.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { demoIndicators, demoSteeringDocuments, demoTexts } from './demoData';

/** A value on a gentle, slightly wavy path from `from` (first year) to `to` (last year). */
export function demoValue(from: number, to: number, step: number, steps: number, decimals: number) {
  const t = steps === 0 ? 1 : step / steps;
  const wave = Math.sin(step * 1.7) * Math.abs(to - from) * 0.06;
  const value = from + (to - from) * t + (step === 0 || step === steps ? 0 : wave);
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function generateAnalysisDemo(db: Database, programmeId: string, today: string): void {
  let counter = 0;
  const newDemoId = () => {
    const h = createHash('sha256').update(`analysis-demo:${today}:${counter++}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const at = `${today}T08:00:00.000Z`;
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  // Official statistics lag: the newest year is two years back.
  const lastYear = Number(today.slice(0, 4)) - 2;
  const years = Array.from({ length: 9 }, (_, i) => lastYear - 8 + i);

  db.transaction(() => {
    for (const ind of demoIndicators) {
      const id = newDemoId();
      run(
        `INSERT INTO statistics_indicators (id, programme_id, name, unit, source, kpi_id, area_code,
           area_name, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', 'Exempelkommun', ?, ?, ?)`,
        id,
        programmeId,
        ind.name,
        ind.unit,
        ind.source,
        ind.kpiId,
        ind.note,
        at,
        at,
      );
      const series = [
        { name: '', from: ind.from, to: ind.to },
        ...(ind.comparison ? [{ name: ind.comparison.series, ...ind.comparison }] : []),
      ];
      for (const s of series) {
        years.forEach((year, i) => {
          run(
            `INSERT INTO statistics_values (indicator_id, series, year, value, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
            id,
            s.name,
            year,
            demoValue(s.from, s.to, i, years.length - 1, ind.decimals),
            at,
            at,
          );
        });
      }
    }

    for (const text of demoTexts) {
      const textId = newDemoId();
      run(
        `INSERT INTO analysis_texts (id, programme_id, kind, title, body, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        textId,
        programmeId,
        text.kind,
        text.title,
        text.body,
        at,
        at,
      );
      for (const s of text.sources) {
        run(
          `INSERT INTO analysis_sources (id, text_id, title, publisher, year, reference, note,
             created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          newDemoId(),
          textId,
          s.title,
          s.publisher,
          s.year,
          s.reference,
          s.note,
          at,
          at,
        );
      }
    }

    const areaId = db.prepare(
      'SELECT id FROM focus_areas WHERE programme_id = ? AND name = ? AND deleted_at IS NULL',
    );
    for (const doc of demoSteeringDocuments) {
      const id = newDemoId();
      run(
        `INSERT INTO steering_documents (id, programme_id, title, kind, owner, adopted_date, valid_until,
           reference, note, checked, checked_date, conflict, conflict_note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        id,
        programmeId,
        doc.title,
        doc.kind,
        doc.owner,
        doc.adopted,
        doc.validUntil,
        doc.reference,
        doc.note,
        doc.check ? 1 : 0,
        doc.check ? today : null,
        doc.check?.conflict ? 1 : 0,
        doc.check?.conflict ?? '',
        at,
        at,
      );
      for (const name of doc.focusAreas) {
        const area = areaId.get(programmeId, name) as { id: string } | undefined;
        if (!area) continue;
        run(
          `INSERT INTO focus_area_steering_documents (focus_area_id, document_id, note, created_at, updated_at)
           VALUES (?, ?, '', ?, ?)`,
          area.id,
          id,
          at,
          at,
        );
      }
    }
  })();
}
