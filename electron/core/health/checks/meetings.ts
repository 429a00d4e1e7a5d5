// Runs in: main process / Node. I29's two numbers: meetings held and actions finished in a year.
import { meetingsHeldInYear as heldInYear } from '../../groups/stats';
import { cachedStatement } from '../../search/cachedStatement';
import { tableExists, type HealthContext } from '../types';

/** Null while the groups and meetings module (migration 009) is not in the database. */
export function meetingsHeldInYear(ctx: HealthContext, year: number): number | null {
  if (!tableExists(ctx.db, 'process_meetings')) return null;
  return heldInYear(ctx.db, ctx.programmeId, year);
}

/** An action's last update is when it was marked done, unless it was edited after. */
export function actionsFinishedInYear({ db, programmeId }: HealthContext, year: number): number {
  const { n } = cachedStatement(
    db,
    `SELECT count(*) AS n FROM actions WHERE programme_id = ? AND deleted_at IS NULL
       AND status = 'done' AND substr(last_update_at, 1, 4) = ?`,
  ).get(programmeId, String(year)) as { n: number };
  return n;
}
