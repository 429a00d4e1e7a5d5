// Runs in: main process / Node. SQL of politician briefings (politikerdragningar) and who took part.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { briefingUpdateInput } from '../../../shared/contract/communication';
import type { Briefing, BriefingParticipant } from '../../../shared/domain/communication';
import { newId } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

export type BriefingData = Omit<z.output<typeof briefingUpdateInput>, 'id'>;

const SELECT = `
  SELECT id, programme_id AS programmeId, date, body, topics, reactions, follow_up AS followUp,
         created_at AS createdAt, updated_at AS updatedAt
  FROM politician_briefings`;

type Row = Omit<Briefing, 'participants'>;

export function participantsOf(db: Database, briefingId: string): BriefingParticipant[] {
  return cachedStatement(
    db,
    `SELECT stakeholder_id AS stakeholderId, name FROM politician_briefing_participants
     WHERE briefing_id = ? ORDER BY position`,
  ).all(briefingId) as BriefingParticipant[];
}

export function selectBriefing(db: Database, id: string): Briefing | null {
  const row = cachedStatement(db, `${SELECT} WHERE id = ? AND deleted_at IS NULL`).get(id) as
    Row | undefined;
  return row ? { ...row, participants: participantsOf(db, id) } : null;
}

/** Newest first. */
export function selectBriefings(db: Database, programmeId: string): Briefing[] {
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE programme_id = ? AND deleted_at IS NULL ORDER BY date DESC, created_at DESC, id`,
  ).all(programmeId) as Row[];
  return rows.map((r) => ({ ...r, participants: participantsOf(db, r.id) }));
}

export function briefingProgramme(db: Database, id: string): string | null {
  const row = cachedStatement(
    db,
    'SELECT programme_id AS p FROM politician_briefings WHERE id = ? AND deleted_at IS NULL',
  ).get(id) as { p: string } | undefined;
  return row?.p ?? null;
}

export function insertBriefing(
  db: Database,
  id: string,
  programmeId: string,
  d: BriefingData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO politician_briefings (id, programme_id, date, body, topics, reactions, follow_up,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, programmeId, d.date, d.body, d.topics, d.reactions, d.followUp, now, now);
}

export function updateBriefingRow(db: Database, id: string, d: BriefingData, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE politician_briefings SET date = ?, body = ?, topics = ?, reactions = ?, follow_up = ?,
         updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(d.date, d.body, d.topics, d.reactions, d.followUp, now, id).changes > 0
  );
}

/** The same person named twice (by link or by name) is kept once. */
export function replaceParticipants(
  db: Database,
  briefingId: string,
  people: BriefingParticipant[],
  now: string,
): void {
  cachedStatement(db, 'DELETE FROM politician_briefing_participants WHERE briefing_id = ?').run(
    briefingId,
  );
  const seen = new Set<string>();
  const insert = cachedStatement(
    db,
    `INSERT INTO politician_briefing_participants (id, briefing_id, stakeholder_id, name, position,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  let position = 0;
  for (const p of people) {
    const key = p.stakeholderId ?? `name:${p.name.toLocaleLowerCase('sv')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    insert.run(newId(), briefingId, p.stakeholderId, p.name, position++, now, now);
  }
}

/** The date of the last live briefing per body as typed (trimmed), for the reminder. */
export function lastBriefingDates(
  db: Database,
  programmeId: string,
): { body: string; lastDate: string }[] {
  return cachedStatement(
    db,
    `SELECT trim(body) AS body, max(date) AS lastDate FROM politician_briefings
     WHERE programme_id = ? AND deleted_at IS NULL GROUP BY trim(body)`,
  ).all(programmeId) as { body: string; lastDate: string }[];
}

/** Briefings held in one calendar year. */
export function briefingCount(db: Database, programmeId: string, year: number): number {
  return cachedStatement(
    db,
    `SELECT count(*) FROM politician_briefings
     WHERE programme_id = ? AND deleted_at IS NULL AND substr(date, 1, 4) = ?`,
  )
    .pluck()
    .get(programmeId, String(year)) as number;
}

/** Every body name used in briefings, for the form's suggestions. */
export function usedBodies(db: Database): string[] {
  return cachedStatement(
    db,
    `SELECT DISTINCT trim(body) FROM politician_briefings WHERE deleted_at IS NULL ORDER BY 1`,
  )
    .pluck()
    .all() as string[];
}
