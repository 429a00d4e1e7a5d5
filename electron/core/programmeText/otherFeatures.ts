// Runs in: main process / Node. What other features keep that the programme document prints: the
// shared goal picture and who stood behind it, steering documents, statistics, the programme's
// nuläge and önskat läge, the communication plan and the follow-up cadence. Each is read only when
// its tables are in this database (an older file, or a feature not there), else left empty.
import type { Database } from 'better-sqlite3';
import { audiences, channels } from '../../../shared/domain/communication';
import { cadences } from '../../../shared/domain/followUp';
import { steeringDocumentKinds } from '../../../shared/domain/steeringDocuments';
import { cachedStatement } from '../search/cachedStatement';
import { tableExists } from './queries';

export interface GoalPictureData {
  text: string;
  endorsements: { occasion: string; date: string; names: string[] }[];
}

export interface StatisticRow {
  name: string;
  unit: string;
  year: number;
  value: number;
  /** A comparison series' value the same year, e.g. Riket. */
  comparison: { series: string; value: number } | null;
}

export interface CommunicationRow {
  message: string;
  audiences: string;
  channel: string;
  when: string;
}

export interface OtherFeatureData {
  goalPicture: GoalPictureData | null;
  steeringDocuments: { title: string; kind: string; owner: string; adoptedDate: string | null }[];
  statistics: StatisticRow[];
  /** The programme's own nuläge and önskat läge (analysis feature). */
  stateNow: string;
  stateWanted: string;
  communication: CommunicationRow[];
  /** 'Kvartalsvis' …; '' when no cadence is set. */
  cadence: string;
}

const labelOf = (list: readonly { id: string; sv: string }[], id: string) =>
  list.find((x) => x.id === id)?.sv ?? id;

function goalPicture(db: Database, programmeId: string): GoalPictureData | null {
  if (!tableExists(db, 'goal_pictures')) return null;
  const row = cachedStatement(db, 'SELECT text FROM goal_pictures WHERE programme_id = ?').get(
    programmeId,
  ) as { text: string } | undefined;
  const endorsements = (
    cachedStatement(
      db,
      `SELECT e.occasion, e.date,
         (SELECT group_concat(name, '|') FROM
           (SELECT n.name FROM goal_picture_endorsers n WHERE n.endorsement_id = e.id
            ORDER BY n.position)) AS names
       FROM goal_picture_endorsements e WHERE e.programme_id = ? ORDER BY e.date, e.id`,
    ).all(programmeId) as { occasion: string; date: string; names: string | null }[]
  ).map((e) => ({ occasion: e.occasion, date: e.date, names: e.names?.split('|') ?? [] }));
  if (!row?.text.trim() && endorsements.length === 0) return null;
  return { text: row?.text ?? '', endorsements };
}

function statistics(db: Database, programmeId: string): StatisticRow[] {
  if (!tableExists(db, 'statistics_indicators')) return [];
  const rows = cachedStatement(
    db,
    `SELECT i.name, i.unit, v.year, v.value,
       (SELECT c.series FROM statistics_values c WHERE c.indicator_id = i.id AND c.series <> ''
          AND c.year = v.year ORDER BY c.series LIMIT 1) AS series,
       (SELECT c.value FROM statistics_values c WHERE c.indicator_id = i.id AND c.series <> ''
          AND c.year = v.year ORDER BY c.series LIMIT 1) AS comparison
     FROM statistics_indicators i
     JOIN statistics_values v ON v.indicator_id = i.id AND v.series = ''
       AND v.year = (SELECT max(year) FROM statistics_values WHERE indicator_id = i.id AND series = '')
     WHERE i.programme_id = ? AND i.deleted_at IS NULL
     ORDER BY i.name COLLATE NOCASE, i.id`,
  ).all(programmeId) as (Omit<StatisticRow, 'comparison'> & {
    series: string | null;
    comparison: number | null;
  })[];
  return rows.map(({ series, comparison, ...r }) => ({
    ...r,
    comparison: series !== null && comparison !== null ? { series, value: comparison } : null,
  }));
}

function steering(db: Database, programmeId: string): OtherFeatureData['steeringDocuments'] {
  if (!tableExists(db, 'steering_documents')) return [];
  return (
    cachedStatement(
      db,
      `SELECT title, kind, owner, adopted_date AS adoptedDate FROM steering_documents
       WHERE programme_id = ? AND deleted_at IS NULL ORDER BY title COLLATE NOCASE, id`,
    ).all(programmeId) as OtherFeatureData['steeringDocuments']
  ).map((d) => ({ ...d, kind: labelOf(steeringDocumentKinds, d.kind) }));
}

function states(db: Database, programmeId: string): { now: string; wanted: string } {
  if (!tableExists(db, 'analysis_texts')) return { now: '', wanted: '' };
  const rows = cachedStatement(
    db,
    `SELECT kind, body FROM analysis_texts
     WHERE programme_id = ? AND kind IN ('state_now', 'state_wanted')`,
  ).all(programmeId) as { kind: string; body: string }[];
  const body = (kind: string) => rows.find((r) => r.kind === kind)?.body ?? '';
  return { now: body('state_now'), wanted: body('state_wanted') };
}

function communication(db: Database, programmeId: string): CommunicationRow[] {
  if (!tableExists(db, 'communication_plan_items')) return [];
  const rows = cachedStatement(
    db,
    `SELECT message, audiences, channel, planned_date AS plannedDate, period
     FROM communication_plan_items
     WHERE programme_id = ? AND deleted_at IS NULL AND status <> 'cancelled'
     ORDER BY planned_date IS NULL, planned_date, message, id`,
  ).all(programmeId) as {
    message: string;
    audiences: string;
    channel: string;
    plannedDate: string | null;
    period: string;
  }[];
  return rows.map((r) => {
    let ids: unknown = [];
    try {
      ids = JSON.parse(r.audiences);
    } catch {
      ids = [];
    }
    const names = Array.isArray(ids) ? ids.map((id) => labelOf(audiences, String(id))) : [];
    return {
      message: r.message,
      audiences: names.join(', '),
      channel: labelOf(channels, r.channel),
      when: r.period || r.plannedDate || '',
    };
  });
}

function cadence(db: Database, programmeId: string): string {
  if (!tableExists(db, 'follow_up_settings')) return '';
  const row = cachedStatement(
    db,
    'SELECT cadence FROM follow_up_settings WHERE programme_id = ?',
  ).get(programmeId) as { cadence: string } | undefined;
  return row ? labelOf(cadences, row.cadence) : '';
}

export function otherFeatureData(db: Database, programmeId: string): OtherFeatureData {
  const s = states(db, programmeId);
  return {
    goalPicture: goalPicture(db, programmeId),
    steeringDocuments: steering(db, programmeId),
    statistics: statistics(db, programmeId),
    stateNow: s.now,
    stateWanted: s.wanted,
    communication: communication(db, programmeId),
    cadence: cadence(db, programmeId),
  };
}
