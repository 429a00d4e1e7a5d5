// Runs in: main process / Node. Reading the programme's meetings: the list (upcoming first) and one
// meeting with its participants, agenda, questions, outcomes and the insights that cite it.
import type { Database } from 'better-sqlite3';
import {
  meetingOrder,
  type Meeting,
  type MeetingInsight,
  type MeetingItem,
  type MeetingKind,
  type MeetingOutcome,
  type MeetingParticipant,
  type MeetingRow,
  type MeetingStatus,
} from '../../../shared/domain/groups';
import { cachedStatement } from '../search/cachedStatement';
import { meetingNotFound } from './errors';

const ROW = `m.id, m.programme_id AS programmeId, m.kind, m.title, m.date, m.time, m.place,
  m.group_id AS groupId, g.name AS groupName, m.status,
  (SELECT count(*) FROM process_meeting_participants p WHERE p.meeting_id = m.id) AS participantCount,
  (SELECT count(*) FROM process_meeting_participants p WHERE p.meeting_id = m.id AND p.attended = 1)
    AS attendedCount,
  (SELECT count(*) FROM process_meeting_items i WHERE i.meeting_id = m.id AND i.kind = 'outcome')
    AS outcomeCount`;

const FROM = `FROM process_meetings m
  LEFT JOIN work_groups g ON g.id = m.group_id AND g.deleted_at IS NULL`;

export interface MeetingFilter {
  programmeId: string;
  kind?: MeetingKind;
  groupId?: string;
  status?: MeetingStatus;
}

export function listMeetings(db: Database, filter: MeetingFilter, today: string): MeetingRow[] {
  const rows = cachedStatement(
    db,
    `SELECT ${ROW} ${FROM}
     WHERE m.programme_id = ? AND m.deleted_at IS NULL
       AND (? IS NULL OR m.kind = ?) AND (? IS NULL OR m.group_id = ?) AND (? IS NULL OR m.status = ?)`,
  ).all(
    filter.programmeId,
    filter.kind ?? null,
    filter.kind ?? null,
    filter.groupId ?? null,
    filter.groupId ?? null,
    filter.status ?? null,
    filter.status ?? null,
  ) as MeetingRow[];
  return rows.sort((a, b) => meetingOrder(a, b, today));
}

function participantsOf(db: Database, id: string): MeetingParticipant[] {
  const rows = cachedStatement(
    db,
    `SELECT id, stakeholder_id AS stakeholderId, name, attended
     FROM process_meeting_participants WHERE meeting_id = ? ORDER BY position`,
  ).all(id) as (Omit<MeetingParticipant, 'attended'> & { attended: number })[];
  return rows.map((r) => ({ ...r, attended: r.attended === 1 }));
}

interface ItemRow {
  id: string;
  kind: 'agenda' | 'question' | 'outcome';
  text: string;
  insightId: string | null;
  insightType: string | null;
  insightText: string | null;
}

function itemsOf(db: Database, id: string): ItemRow[] {
  return cachedStatement(
    db,
    `SELECT it.id, it.kind, it.text, ins.id AS insightId, ins.type AS insightType,
            ins.text AS insightText
     FROM process_meeting_items it
     LEFT JOIN insights ins ON ins.id = it.insight_id AND ins.deleted_at IS NULL
     WHERE it.meeting_id = ? ORDER BY it.kind, it.position`,
  ).all(id) as ItemRow[];
}

/** Live insights with this meeting as a source, however they were made. */
export function insightsOfMeeting(db: Database, id: string): MeetingInsight[] {
  return cachedStatement(
    db,
    `SELECT DISTINCT i.id, i.type, i.text, i.created_at
     FROM insight_sources s JOIN insights i ON i.id = s.insight_id AND i.deleted_at IS NULL
     WHERE s.kind = 'meeting' AND s.ref_id = ? ORDER BY i.created_at, i.id`,
  )
    .all(id)
    .map((r) => {
      const { id: insightId, type, text } = r as MeetingInsight;
      return { id: insightId, type, text };
    });
}

export function getMeeting(db: Database, id: string): Meeting {
  const row = cachedStatement(
    db,
    `SELECT ${ROW}, m.notes, m.created_at AS createdAt, m.updated_at AS updatedAt ${FROM}
     WHERE m.id = ? AND m.deleted_at IS NULL`,
  ).get(id) as Omit<Meeting, 'participants' | 'agenda' | 'questions' | 'outcomes' | 'insights'>;
  if (!row) throw meetingNotFound();
  const items = itemsOf(db, id);
  const plain = (kind: ItemRow['kind']): MeetingItem[] =>
    items.filter((i) => i.kind === kind).map(({ id: itemId, text }) => ({ id: itemId, text }));
  const outcomes: MeetingOutcome[] = items
    .filter((i) => i.kind === 'outcome')
    .map((i) => ({
      id: i.id,
      text: i.text,
      insight:
        i.insightId && i.insightType && i.insightText !== null
          ? { id: i.insightId, type: i.insightType, text: i.insightText }
          : null,
    }));
  return {
    ...row,
    participants: participantsOf(db, id),
    agenda: plain('agenda'),
    questions: plain('question'),
    outcomes,
    insights: insightsOfMeeting(db, id),
  };
}
