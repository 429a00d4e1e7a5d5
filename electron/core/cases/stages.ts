// Runs in: main process / Node. Recording how a body handled a case (datum, §, beslut, utfall) and
// what follows: bifall moves the case on, återremiss sends it back to preparation with the reason
// kept in the stage row, and KF's bifall marks the linked programme adopted (date, §, dnr).
import type { Database } from 'better-sqlite3';
import type { HandlerInput } from '../../../shared/contract';
import type { CaseDetail, CaseStatus } from '../../../shared/domain/cases';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { todayIso } from '../export/dates';
import { selectMeeting } from './meetingQueries';
import { selectCase } from './queries';
import { caseNotFound, getCase, recomputeStatus } from './service';
import {
  insertStage,
  selectStage,
  selectStages,
  setStageDeleted,
  updateStage,
  type StageData,
} from './stageQueries';

const stageNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Behandlingen finns inte längre. Den kan ha tagits bort.',
    en: 'The stage no longer exists. It may have been deleted.',
  });

/** Only adopting or revising a programme makes KF's bifall adopt it. */
const ADOPTS = new Set(['adoption', 'revision']);

function validate(db: Database, input: HandlerInput<'cases:stageSave'>): StageData {
  const fields: Record<string, string> = {};
  let meetingDate = input.meetingDate;
  if (input.meetingId) {
    const meeting = selectMeeting(db, input.meetingId);
    if (!meeting) fields.meetingId = 'Sammanträdet finns inte längre i kalendern.';
    else if (input.body === 'remiss' || meeting.body !== input.body)
      fields.meetingId = 'Sammanträdet hör till ett annat organ.';
    else meetingDate ??= meeting.date;
  }
  if (input.outcome === 'aterremiss' && input.outcomeReason.trim() === '')
    fields.outcomeReason = 'Skriv skälet till återremissen.';
  if (input.outcome && input.body !== 'remiss' && !meetingDate)
    fields.meetingDate = 'Ange sammanträdets datum.';
  if (input.submittedDate && meetingDate && input.submittedDate > meetingDate)
    fields.submittedDate = 'Handlingarna kan inte ha lämnats in efter sammanträdet.';
  if (Object.keys(fields).length > 0) throw new AppFailure('VALIDATION', undefined, fields);
  return {
    body: input.body,
    meetingId: input.meetingId,
    meetingDate,
    submittedDate: input.submittedDate,
    paragraph: input.paragraph,
    decisionText: input.decisionText,
    outcome: input.outcome,
    outcomeReason: input.outcomeReason,
    protocolRef: input.protocolRef,
  };
}

/**
 * Keeps the programme in step with the case: adopted with KF's date, § and the case's dnr when
 * the case is adopted, and back to a draft when a recorded adoption is undone (a wrong click).
 */
function syncProgramme(
  db: Database,
  caseId: string,
  before: CaseStatus,
  after: CaseStatus,
  now: string,
): void {
  const record = selectCase(db, caseId);
  if (!record?.programmeId || !ADOPTS.has(record.kind) || before === after) return;
  if (after === 'adopted') {
    const stages = selectStages(db, caseId);
    const decision = stages[stages.length - 1]!;
    db.prepare(
      `UPDATE programmes SET status = 'adopted', adopted_date = ?, adopted_paragraph = ?,
         adopted_dnr = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(
      decision.meetingDate ?? todayIso(),
      decision.paragraph,
      record.dnr,
      now,
      record.programmeId,
    );
  } else if (before === 'adopted') {
    db.prepare(
      `UPDATE programmes SET status = 'draft', adopted_date = NULL, adopted_paragraph = '',
         adopted_dnr = '', updated_at = ?
       WHERE id = ? AND status = 'adopted' AND adopted_dnr = ? AND deleted_at IS NULL`,
    ).run(now, record.programmeId, record.dnr);
  }
}

function afterChange(db: Database, caseId: string, before: CaseStatus, now: string): void {
  const after = recomputeStatus(db, caseId, now);
  syncProgramme(db, caseId, before, after, now);
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, caseId);
}

export function saveStage(db: Database, input: HandlerInput<'cases:stageSave'>): CaseDetail {
  const now = nowIso();
  db.transaction(() => {
    const record = selectCase(db, input.caseId);
    if (!record) throw caseNotFound();
    const data = validate(db, input);
    if (input.id) {
      const existing = selectStage(db, input.id);
      if (!existing || existing.caseId !== input.caseId) throw stageNotFound();
      updateStage(db, input.id, data, now);
    } else {
      insertStage(db, newId(), input.caseId, data, now);
    }
    afterChange(db, input.caseId, record.status, now);
  })();
  return getCase(db, input.caseId);
}

function setDeleted(db: Database, id: string, deleted: boolean): CaseDetail {
  const now = nowIso();
  const stage = selectStage(db, id, true);
  if (!stage) throw stageNotFound();
  db.transaction(() => {
    const record = selectCase(db, stage.caseId);
    if (!record) throw caseNotFound();
    if (!setStageDeleted(db, id, deleted ? now : null, now)) throw stageNotFound();
    afterChange(db, stage.caseId, record.status, now);
  })();
  return getCase(db, stage.caseId);
}

export const deleteStage = (db: Database, id: string): CaseDetail => setDeleted(db, id, true);
export const restoreStage = (db: Database, id: string): CaseDetail => setDeleted(db, id, false);
