// Runs in: main process / Node. The example municipality's staircase: about 25 relations, key
// actors first, with two years of dated assessments, most of them climbing. One key actor is left
// without a level so the health check has something to show. Deterministic for a given `today`.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { addDays, formatDay, parseDay } from '../demo/dates';
import { Random } from '../demo/random';
import { listLevels } from './levels';

const judges = ['Karin Lindqvist', 'Karin Lindqvist', 'Arbetsgruppen', 'Näringslivsrådet'];

const notesUp = [
  'Började träffas regelbundet efter frukostmötet.',
  'Gemensam ansökan om projektmedel skickad.',
  'Sitter nu med i referensgruppen.',
  'Har tagit emot praktikanter via kommunen.',
  'Planerar nästa års aktiviteter tillsammans med oss.',
];
const notesDown = [
  'Kontaktpersonen har slutat, ny kontakt behövs.',
  'Missnöje efter beskedet om detaljplanen.',
];
const notesFirst = [
  'Första mötet.',
  'Känner till varandra sedan tidigare.',
  'Träffades på mässan.',
];

function demoId(label: string): string {
  const h = createHash('sha256').update(`staircase-demo:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Returns the number of assessments written. */
export function generateStaircaseDemo(db: Database, _programmeId: string, today: string): number {
  const day = parseDay(today);
  const levels = listLevels(db);
  if (levels.length === 0) return 0;
  const people = db
    .prepare(
      `SELECT id, key_actor AS keyActor FROM stakeholders WHERE deleted_at IS NULL
       ORDER BY key_actor DESC, champion DESC, kind DESC, name, id`,
    )
    .all() as { id: string; keyActor: number }[];
  const keyActors = people.filter((p) => p.keyActor === 1);
  // The last key actor stays unset (staircase-unset in the overview's health checks).
  const skipped = keyActors.length >= 3 ? keyActors[keyActors.length - 1]!.id : null;
  const chosen = people.filter((p) => p.id !== skipped).slice(0, 25);
  const rng = new Random(day / 86_400_000);
  const insert = db.prepare(
    `INSERT INTO staircase_assessments
       (id, stakeholder_id, level_id, date, note, judged_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let written = 0;
  for (const person of chosen) {
    let position = rng.weighted([
      [0, 5],
      [1, 3],
      [2, 1],
    ] as const);
    let at = addDays(day, -rng.int(420, 730));
    const steps = rng.int(1, 4);
    for (let i = 0; i < steps && at < day; i++) {
      let note = rng.pick(notesFirst);
      if (i > 0) {
        const down = position > 0 && rng.chance(0.12);
        if (down) {
          position -= 1;
          note = rng.pick(notesDown);
        } else if (position < levels.length - 1) {
          position += 1;
          note = rng.pick(notesUp);
        } else continue;
      }
      const date = formatDay(at);
      const stamp = `${date}T${String(9 + i).padStart(2, '0')}:00:00.000Z`;
      insert.run(
        demoId(`${today}:${person.id}:${i}`),
        person.id,
        levels[position]!.id,
        date,
        note,
        rng.pick(judges),
        stamp,
        stamp,
      );
      written += 1;
      at = addDays(at, rng.int(90, 260));
    }
  }
  return written;
}
