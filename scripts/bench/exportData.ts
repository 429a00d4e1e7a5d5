// Runs in: Node (benchmark). #4's data: a copy of the `large` database with one more programme of
// BENCHMARKS.md's size (8 focus areas, 300 goals × 40 measurements, 2 000 actions with goals,
// partners and resources), deterministic, generated once and reused.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { benchDir, benchToday } from './dataset';

export const EXPORT_PROGRAMME_ID = 'bench-programme-0000-0000-000000000004';

const AREAS = [
  'Kompetensförsörjning och utbildning',
  'Service och myndighetsutövning',
  'Mark, lokaler och etableringar',
  'Entreprenörskap och nyföretagande',
  'Besöksnäring och platsvarumärke',
  'Digital infrastruktur i hela kommunen',
  'Hållbar omställning i industrin',
  'Handel och levande centrum',
];
const VERBS = ['Starta', 'Utveckla', 'Genomföra', 'Samordna', 'Utreda', 'Förstärka', 'Pröva'];
const THINGS = [
  'företagslots för tillståndsfrågor',
  'praktikplatser hos verkstadsföretagen',
  'träffar för företagare i byarna',
  'rådgivning om energieffektivisering',
  'ägarskiften i familjeföretag',
  'samverkan med gymnasiets yrkesprogram',
  'digitala e-tjänster för bygglov',
  'gemensam marknadsföring av besöksmålen',
  'lokalförsörjning för växande företag',
  'upphandlingsdialog med lokala leverantörer',
];
const WHY =
  'Företagen i kommunen har under dialogmötena beskrivit att det är svårt att hitta rätt kompetens, att ärenden tar lång tid och att det saknas mötesplatser; åtgärden svarar mot det som togs upp flest gånger.';
const HOW =
  'Näringslivsenheten leder arbetet tillsammans med berörda förvaltningar och företagarföreningen. Arbetet följs upp kvartalsvis i näringslivsrådet, och resultatet redovisas i uppföljningsrapporten.';
const PEOPLE = ['Åsa Lindqvist', 'Örjan Ågren', 'Märta Håkansson', 'Per Öberg', 'Lena Ek'];
const PARTNERS = ['Almi Företagspartner', 'Företagarna', 'Lärcentrum', 'Region Västernorrland'];
const STATUSES = ['planned', 'in_progress', 'in_progress', 'done', 'paused'] as const;

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const id = (kind: string, n: number) => `bench-${kind}-${pad(n, 6)}`;

function addProgramme(db: BetterSqlite3.Database): void {
  const now = `${benchToday}T08:00:00.000Z`;
  db.prepare(
    `INSERT INTO programmes (id, name, period_start, period_end, status, created_at, updated_at)
     VALUES (?, 'Näringslivsprogram 2027–2030 (mätning)', '2027', '2030', 'draft', ?, ?)`,
  ).run(EXPORT_PROGRAMME_ID, now, now);
  const area = db.prepare(
    `INSERT INTO focus_areas (id, programme_id, name, priority, why, current_state, desired_state,
       responsible_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  AREAS.forEach((name, i) =>
    area.run(
      id('area', i),
      EXPORT_PROGRAMME_ID,
      name,
      i + 1,
      WHY,
      HOW,
      HOW,
      PEOPLE[i % 5],
      now,
      now,
    ),
  );
  const goal = db.prepare(
    `INSERT INTO goals (id, programme_id, focus_area_id, level_kind, text, why, indicator_name,
       indicator_unit, direction, baseline_value, baseline_date, target_value, target_date,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'antal', 'higher', ?, '2027-01-01', ?, '2030-12-31', ?, ?)`,
  );
  const measurement = db.prepare(
    `INSERT INTO goal_measurements (id, goal_id, date, value, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (let g = 0; g < 300; g++) {
    const base = 100 + (g % 17) * 10;
    goal.run(
      id('goal', g),
      EXPORT_PROGRAMME_ID,
      id('area', g % 8),
      g < 120 ? 'programme' : 'action_plan',
      `Antalet ${THINGS[g % 10]} ska öka med minst ${20 + (g % 30)} procent till 2030 (mål ${g + 1}).`,
      WHY,
      `Antal: ${THINGS[g % 10]}`,
      base,
      base * 1.3,
      now,
      now,
    );
    for (let m = 0; m < 40; m++) {
      const month = m % 12;
      const year = 2023 + Math.floor(m / 12);
      measurement.run(
        id(`m${g}`, m),
        id('goal', g),
        `${year}-${pad(month + 1, 2)}-15`,
        base + m * 0.8 + ((g * 7 + m) % 5),
        now,
        now,
      );
    }
  }
  const action = db.prepare(
    `INSERT INTO actions (id, programme_id, focus_area_id, what, why, how, responsible_name,
       start_date, due_date, status, kind, annual_month, hours_planned, hours_spent, cost_planned,
       cost_spent, last_update_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare(
    'INSERT INTO action_goals (action_id, goal_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const partner = db.prepare(
    `INSERT INTO action_partners (id, action_id, name, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (let a = 0; a < 2000; a++) {
    const kind = a % 10 === 0 ? 'standing' : a % 10 === 1 ? 'annual' : 'project';
    const start = `${2027 + (a % 4)}-${pad((a % 12) + 1, 2)}-01`;
    const due = `${2027 + (a % 4)}-12-${pad(10 + (a % 18), 2)}`;
    action.run(
      id('action', a),
      EXPORT_PROGRAMME_ID,
      id('area', a % 8),
      `${VERBS[a % 7]} ${THINGS[(a * 3) % 10]} (${a + 1})`,
      WHY,
      HOW,
      PEOPLE[a % 5],
      kind === 'project' ? start : null,
      kind === 'project' ? due : null,
      STATUSES[a % 5],
      kind,
      kind === 'annual' ? (a % 12) + 1 : null,
      40 + (a % 60),
      a % 40,
      10_000 + (a % 50) * 5_000,
      (a % 50) * 2_000,
      now,
      now,
      now,
    );
    link.run(id('action', a), id('goal', a % 300), now, now);
    if (a % 3 === 0) link.run(id('action', a), id('goal', (a + 150) % 300), now, now);
    partner.run(id('partner', a), id('action', a), PARTNERS[a % 4], now, now);
  }
}

/** The copy of `large` with the benchmark programme; made on first use. */
export async function exportDatabasePath(largePath: string, dir = benchDir): Promise<string> {
  const path = join(dir, `export-v${latestSchemaVersion}.sqlite`);
  if (existsSync(path)) return path;
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const source = new BetterSqlite3(largePath, { readonly: true });
  await source.backup(path);
  source.close();
  const db = new BetterSqlite3(path);
  db.pragma('foreign_keys = ON');
  db.transaction(() => addProgramme(db))();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}
