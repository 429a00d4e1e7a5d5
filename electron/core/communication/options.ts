// Runs in: main process / Node. What the communication forms offer: the programme's "why" to reuse
// (I02), body names for briefings and the plan items a log entry can tell about.
import type { Database } from 'better-sqlite3';
import {
  bodyKey,
  suggestedBodies,
  type CommunicationOptions,
} from '../../../shared/domain/communication';
import { cachedStatement } from '../search/cachedStatement';
import { usedBodies } from './briefingQueries';

export function communicationOptions(db: Database, programmeId: string): CommunicationOptions {
  const programme = cachedStatement(
    db,
    'SELECT why_text AS why FROM programmes WHERE id = ? AND deleted_at IS NULL',
  ).get(programmeId) as { why: string } | undefined;
  const seen = new Set<string>();
  const bodies = [...suggestedBodies, ...usedBodies(db)].filter((b) => {
    const key = bodyKey(b);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const planItems = cachedStatement(
    db,
    `SELECT id, message FROM communication_plan_items
     WHERE programme_id = ? AND deleted_at IS NULL
     ORDER BY planned_date IS NULL, planned_date, created_at, id`,
  ).all(programmeId) as { id: string; message: string }[];
  return { programmeWhy: programme?.why ?? '', bodies, planItems };
}
