// Runs in: main process / Node. The example municipality's shared goal picture, endorsed at a
// workshop with companies and at a meeting of the reference group. Deterministic for `today`.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { addDays, formatDay, parseDay } from '../demo/dates';

export const demoGoalPictureText = `År 2030 är Exempelkommun en plats där det är enkelt att starta, driva och utveckla företag. Företagen vet vart de ska vända sig och får snabba, tydliga besked. Kommun, näringsliv och skola arbetar tillsammans så att unga ser framtiden här och företagen hittar den kompetens de behöver. Orterna utanför centralorten har levande service och plats för nya verksamheter.`;

function demoId(label: string): string {
  const h = createHash('sha256').update(`goal-picture-demo:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-d${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Returns the number of endorsements written. */
export function generateGoalPictureDemo(db: Database, programmeId: string, today: string): number {
  const day = parseDay(today);
  const pictureDay = formatDay(addDays(day, -150));
  db.prepare(
    `INSERT INTO goal_pictures (programme_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (programme_id) DO UPDATE SET text = excluded.text`,
  ).run(
    programmeId,
    demoGoalPictureText,
    `${pictureDay}T10:00:00.000Z`,
    `${pictureDay}T10:00:00.000Z`,
  );
  const people = db
    .prepare(
      `SELECT id, name FROM stakeholders WHERE deleted_at IS NULL
       ORDER BY key_actor DESC, champion DESC, name, id LIMIT 9`,
    )
    .all() as { id: string; name: string }[];
  const occasions = [
    {
      occasion: 'Workshop om målbilden med företagare, Folkets hus',
      date: formatDay(addDays(day, -170)),
      note: 'Ett trettiotal deltagare. Målbilden skrevs om i grupper och fastställdes i slutet av kvällen.',
      endorsers: [...people.slice(0, 5), { id: null, name: 'Företagarna Exempelkommun' }],
    },
    {
      occasion: 'Referensgruppens möte',
      date: formatDay(addDays(day, -150)),
      note: 'Referensgruppen ställde sig bakom formuleringen med en ändring om orterna.',
      endorsers: [...people.slice(5, 9), { id: null, name: 'Kommunstyrelsens arbetsutskott' }],
    },
  ];
  const addEndorsement = db.prepare(
    `INSERT INTO goal_picture_endorsements
       (id, programme_id, occasion, date, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const addEndorser = db.prepare(
    `INSERT INTO goal_picture_endorsers
       (id, endorsement_id, position, stakeholder_id, name, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  occasions.forEach((o, i) => {
    const id = demoId(`${today}:${programmeId}:${i}`);
    const stamp = `${o.date}T18:00:00.000Z`;
    addEndorsement.run(id, programmeId, o.occasion, o.date, o.note, stamp, stamp);
    o.endorsers.forEach((p, j) =>
      addEndorser.run(
        demoId(`${today}:${programmeId}:${i}:${j}`),
        id,
        j,
        p.id,
        p.name,
        stamp,
        stamp,
      ),
    );
  });
  return occasions.length;
}
