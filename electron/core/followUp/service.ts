// Runs in: main process / Node. Follow-up records (uppföljningar): started for a period with a
// snapshot, written as a draft, closed (read-only) and reopened with a reason; deleted to the trash.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { followUpUpdateInput } from '../../../shared/contract/followUp';
import {
  checkinQuestions,
  followUpPeriods,
  highlights,
  nextFollowUp,
  periodsUntil,
  type Checkin,
  type FollowUp,
  type FollowUpOverview,
} from '../../../shared/domain/followUp';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { editableRecord, liveRecord, recordNotFound } from './guard';
import { lessonsOf } from './lessons';
import {
  insertRecord,
  replaceParticipants,
  selectActionJudgements,
  selectCheckins,
  selectGoalJudgements,
  selectParticipants,
  selectRecord,
  selectRecords,
  setJudgementComment,
  setRecordDeleted,
  setRecordStatus,
  toFollowUpRow,
  updateRecordFields,
  upsertCheckin,
} from './queries';
import { followUpSettings } from './settings';
import { previousFollowUpDay, takeSnapshot } from './snapshot';

export function getFollowUp(db: Database, id: string): FollowUp {
  const record = liveRecord(db, id);
  const goals = selectGoalJudgements(db, id);
  const actions = selectActionJudgements(db, id);
  const lessons = lessonsOf(db, id);
  const stored = new Map(selectCheckins(db, id).map((c) => [c.questionId, c]));
  const checkins: Checkin[] = checkinQuestions.map(
    (q) => stored.get(q.id) ?? { questionId: q.id, answer: null, comment: '' },
  );
  const first = previousFollowUpDay(db, record.programmeId, record.periodStart) === null;
  return {
    ...toFollowUpRow(record),
    meetingRef: record.meetingRef,
    summary: record.summary,
    droppedNotes: record.droppedNotes,
    participants: selectParticipants(db, id),
    highlights: highlights({
      first,
      actionsDone: actions.filter((a) => a.doneInPeriod).length,
      goalsTotal: goals.length,
      goalsGreen: goals.filter((g) => g.status === 'green').length,
      goalsReached: goals.filter((g) => g.reached).length,
      actionsInProgress: actions.filter((a) => a.status === 'in_progress').length,
      actionsDropped: actions.filter((a) => a.droppedInPeriod).length,
      lessons: lessons.length,
    }),
    snapshotAt: record.snapshotAt,
    goals: goals.map(({ reached: _r, ...g }) => g),
    actions,
    checkins,
    lessons,
    closedAt: record.closedAt,
    reopenedAt: record.reopenedAt,
    reopenReason: record.reopenReason,
  };
}

export function followUpOverview(
  db: Database,
  programmeId: string,
  today: string,
): FollowUpOverview {
  const settings = followUpSettings(db, programmeId);
  const rows = selectRecords(db, programmeId);
  const periods = followUpPeriods(settings, today, rows);
  return { settings, periods, next: nextFollowUp(periods), records: rows.map(toFollowUpRow) };
}

/** Starts the follow-up of a period of the programme's cadence, with a snapshot as of today. */
export function createFollowUp(
  db: Database,
  programmeId: string,
  periodKey: string,
  today: string,
): FollowUp {
  const settings = followUpSettings(db, programmeId);
  const period = periodsUntil(settings.cadence, settings.startDate, today).find(
    (p) => p.key === periodKey,
  );
  if (!period) {
    const msg = 'Perioden finns inte i uppföljningsplanen, eller har inte börjat än.';
    throw new AppFailure(
      'VALIDATION',
      { sv: msg, en: 'The period is not in the follow-up plan, or has not started yet.' },
      { periodKey: msg },
    );
  }
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    const existing = cachedStatement(
      db,
      `SELECT id FROM follow_ups WHERE programme_id = ? AND period_key = ? AND deleted_at IS NULL`,
    ).get(programmeId, periodKey) as { id: string } | undefined;
    if (existing) {
      throw new AppFailure('CONFLICT', {
        sv: `Det finns redan en uppföljning för ${period.label.sv}. Öppna den i stället.`,
        en: `There is already a follow-up for ${period.label.en}. Open it instead.`,
      });
    }
    insertRecord(
      db,
      {
        id,
        programmeId,
        periodKey,
        cadence: settings.cadence,
        periodStart: period.start,
        periodEnd: period.end,
      },
      now,
    );
    takeSnapshot(db, { id, programmeId, periodStart: period.start }, today, now);
  })();
  return getFollowUp(db, id);
}

export function updateFollowUp(
  db: Database,
  input: z.output<typeof followUpUpdateInput>,
): FollowUp {
  const now = nowIso();
  db.transaction(() => {
    editableRecord(db, input.id);
    updateRecordFields(db, input.id, input, now);
    const ids = input.participants.flatMap((p) => (p.stakeholderId ? [p.stakeholderId] : []));
    const known = new Set(
      ids.filter((sid) =>
        cachedStatement(db, 'SELECT 1 FROM stakeholders WHERE id = ? AND deleted_at IS NULL').get(
          sid,
        ),
      ),
    );
    const missing = input.participants.findIndex(
      (p) => p.stakeholderId !== null && !known.has(p.stakeholderId),
    );
    if (missing >= 0) {
      const msg = 'Personen finns inte i aktörsregistret.';
      throw new AppFailure(
        'VALIDATION',
        { sv: msg, en: 'The person is not in the stakeholder register.' },
        { [`participants.${missing}.stakeholderId`]: msg },
      );
    }
    replaceParticipants(
      db,
      input.id,
      input.participants.map((p) => ({ id: newId(), ...p })),
      now,
    );
    for (const g of input.goalComments)
      setJudgementComment(db, 'goal', input.id, g.goalId, g.comment, now);
    for (const a of input.actionComments) {
      setJudgementComment(db, 'action', input.id, a.actionId, a.comment, now);
    }
    for (const c of input.checkins) upsertCheckin(db, input.id, c, now);
  })();
  return getFollowUp(db, input.id);
}

export function refreshFollowUp(db: Database, id: string, today: string): FollowUp {
  const now = nowIso();
  db.transaction(() => {
    const record = editableRecord(db, id);
    takeSnapshot(db, record, today, now);
  })();
  return getFollowUp(db, id);
}

/** Closing freezes the record; the snapshot stays as it was taken. */
export function closeFollowUp(db: Database, id: string): FollowUp {
  db.transaction(() => {
    const record = editableRecord(db, id);
    setRecordStatus(db, record.id, { status: 'closed' }, nowIso());
  })();
  return getFollowUp(db, id);
}

export function reopenFollowUp(db: Database, id: string, reason: string): FollowUp {
  db.transaction(() => {
    const record = liveRecord(db, id);
    if (record.status !== 'closed') {
      throw new AppFailure('CONFLICT', {
        sv: 'Uppföljningen är redan öppen för ändringar.',
        en: 'The follow-up is already open for changes.',
      });
    }
    setRecordStatus(db, id, { status: 'draft', reason }, nowIso());
  })();
  return getFollowUp(db, id);
}

export function deleteFollowUp(db: Database, id: string): { id: string } {
  const now = nowIso();
  liveRecord(db, id);
  setRecordDeleted(db, id, now, now);
  return { id };
}

export function restoreFollowUp(db: Database, id: string): FollowUp {
  const record = selectRecord(db, id, true);
  if (!record) throw recordNotFound();
  setRecordDeleted(db, id, null, nowIso());
  return getFollowUp(db, id);
}
