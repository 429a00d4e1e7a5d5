// Runs in: main process / Node. How much data each data-built section of the programme has, so
// the editor can say "built from 4 focus areas" and a draft can ask for what is empty.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';
import { otherFeatureData } from './otherFeatures';
import { rolesTable } from './roles';

/** `programmeId` is bound once per '?' in the statement. */
const count = (db: Database, sql: string, programmeId: string): number =>
  (
    cachedStatement(db, sql).get(
      ...Array.from({ length: sql.split('?').length - 1 }, () => programmeId),
    ) as { n: number }
  ).n;

const AREAS = `FROM focus_areas WHERE programme_id = ? AND deleted_at IS NULL AND candidate = 0`;
const GOALS = `FROM goals WHERE programme_id = ? AND deleted_at IS NULL`;
const ACTIONS = `FROM actions WHERE programme_id = ? AND deleted_at IS NULL AND status <> 'dropped'`;
const SWOT = `FROM insights WHERE programme_id = ? AND deleted_at IS NULL`;

/** Section id → the number of records its data part is built from. */
export function sectionDataCounts(db: Database, programmeId: string): Record<string, number> {
  const vision = count(
    db,
    `SELECT (SELECT count(*) FROM programmes WHERE id = ? AND trim(vision_text) <> '')
       + (SELECT count(*) ${AREAS} AND trim(vision_link) <> '') AS n`,
    programmeId,
  );
  const other = otherFeatureData(db, programmeId);
  const states = (other.stateNow.trim() ? 1 : 0) + (other.stateWanted.trim() ? 1 : 0);
  return {
    'vision-and-steering': vision + other.steeringDocuments.length,
    'shared-goal-picture': other.goalPicture
      ? (other.goalPicture.text.trim() ? 1 : 0) + other.goalPicture.endorsements.length
      : 0,
    'communication-plan': other.communication.length,
    'current-state':
      states +
      other.statistics.length +
      count(
        db,
        `SELECT count(*) AS n ${SWOT} AND type IN ('strength', 'weakness', 'opportunity', 'threat')`,
        programmeId,
      ),
    'development-areas': count(
      db,
      `SELECT count(*) AS n ${SWOT} AND type = 'weakness'`,
      programmeId,
    ),
    'focus-areas': count(db, `SELECT count(*) AS n ${AREAS}`, programmeId),
    goals: count(db, `SELECT count(*) AS n ${GOALS} AND level_kind = 'programme'`, programmeId),
    'concrete-steps': count(db, `SELECT count(*) AS n ${ACTIONS}`, programmeId),
    sustainability: count(
      db,
      `SELECT (SELECT count(*) ${AREAS} AND agenda2030 <> '[]')
         + (SELECT count(*) ${GOALS} AND agenda2030 <> '[]') AS n`,
      programmeId,
    ),
    roles: rolesTable(db, programmeId).rows.length,
    timeline: count(
      db,
      `SELECT count(*) AS n ${ACTIONS} AND (start_date IS NOT NULL OR due_date IS NOT NULL)`,
      programmeId,
    ),
    'long-term': count(db, `SELECT count(*) AS n ${GOALS} AND horizon = 'long'`, programmeId),
    brand: count(db, `SELECT count(*) AS n ${AREAS} AND trim(brand_note) <> ''`, programmeId),
    'follow-up':
      (other.cadence ? 1 : 0) +
      count(
        db,
        `SELECT count(*) AS n ${GOALS} AND level_kind = 'programme' AND trim(indicator_name) <> ''`,
        programmeId,
      ),
  };
}
