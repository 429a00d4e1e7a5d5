// Runs in: main process / Node. Cases (ärenden): create, edit, delete, and the case as the case
// page shows it (stages, track, back-planning, remiss counts, the programme's adoption).
import type { Database } from 'better-sqlite3';
import type { HandlerInput } from '../../../shared/contract';
import {
  consequenceKeyIds,
  type BackPlan,
  type CaseDetail,
  type CaseMemo,
} from '../../../shared/domain/cases';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { todayIso } from '../export/dates';
import { planBackwards } from './backPlan';
import { addDays } from './days';
import { calendarUpTo, selectMeeting } from './meetingQueries';
import {
  insertCase,
  selectCase,
  setCaseDeleted,
  setCaseStatus,
  updateCaseRow,
  type CaseData,
  type CaseRecord,
} from './queries';
import { remissCounts } from './remissQueries';
import { selectStages } from './stageQueries';
import { buildTrack, passedStages, statusFromStages } from './track';

export const caseNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Ärendet finns inte längre. Det kan ha tagits bort.',
    en: 'The case no longer exists. It may have been deleted.',
  });

function requireCase(db: Database, id: string): CaseRecord {
  const record = selectCase(db, id);
  if (!record) throw caseNotFound();
  return record;
}

function checkReferences(
  db: Database,
  data: Pick<CaseData, 'programmeId' | 'targetKfMeetingId'>,
): void {
  const fields: Record<string, string> = {};
  if (data.programmeId) {
    const found = db
      .prepare('SELECT 1 FROM programmes WHERE id = ? AND deleted_at IS NULL')
      .get(data.programmeId);
    if (!found) fields.programmeId = 'Programmet finns inte längre.';
  }
  if (data.targetKfMeetingId) {
    const meeting = selectMeeting(db, data.targetKfMeetingId);
    if (!meeting) fields.targetKfMeetingId = 'Sammanträdet finns inte längre i kalendern.';
    else if (meeting.body !== 'kf')
      fields.targetKfMeetingId = 'Välj ett sammanträde i kommunfullmäktige.';
  }
  if (Object.keys(fields).length > 0) throw new AppFailure('VALIDATION', undefined, fields);
}

/** Whether any remiss instance of the case has been sent. */
function remissSent(db: Database, caseId: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM remiss_instances
         WHERE case_id = ? AND deleted_at IS NULL AND sent_date IS NOT NULL LIMIT 1`,
      )
      .get(caseId) !== undefined
  );
}

/** Plans backwards to a KF meeting; `caseId` tells which stages are already behind. */
export function planForMeeting(
  db: Database,
  kfMeetingId: string,
  remissWeeks: number,
  today = todayIso(),
  caseId?: string,
): BackPlan | null {
  const target = selectMeeting(db, kfMeetingId);
  if (!target || target.body !== 'kf') return null;
  const passed = caseId ? passedStages(selectStages(db, caseId), remissSent(db, caseId)) : [];
  return planBackwards({
    target,
    meetings: calendarUpTo(db, addDays(target.date, -730), addDays(target.date, 1100)),
    remissWeeks,
    today,
    passed,
  });
}

/** Sets the status the stages (and the remiss round) imply; returns it. */
export function recomputeStatus(db: Database, caseId: string, now: string): CaseDetail['status'] {
  const record = requireCase(db, caseId);
  const status = statusFromStages(selectStages(db, caseId), remissSent(db, caseId));
  if (status !== record.status) setCaseStatus(db, caseId, status, now);
  return status;
}

export function getCase(db: Database, id: string, today = todayIso()): CaseDetail {
  const record = requireCase(db, id);
  const stages = selectStages(db, id);
  const sent = remissSent(db, id);
  const counts = remissCounts(db, id);
  const plan = record.targetKfMeetingId
    ? planForMeeting(db, record.targetKfMeetingId, record.remissWeeks, today, id)
    : null;
  const adoption = record.programmeId
    ? (db
        .prepare(
          `SELECT adopted_date AS date, adopted_paragraph AS paragraph, adopted_dnr AS dnr
           FROM programmes WHERE id = ?`,
        )
        .get(record.programmeId) as { date: string | null; paragraph: string; dnr: string })
    : null;
  return {
    ...record,
    stages,
    track: buildTrack(stages, record.status, { instances: counts.instances, sent }, plan),
    plan,
    remiss: counts,
    programmeAdoption: adoption,
  };
}

const emptyMemo = (): Pick<CaseMemo, 'consequences'> => ({
  consequences: Object.fromEntries(
    consequenceKeyIds.map((key) => [key, { text: '', notAffected: false }]),
  ) as CaseMemo['consequences'],
});

export function createCase(db: Database, input: HandlerInput<'cases:create'>): CaseDetail {
  const data: CaseData = {
    ...emptyMemo(),
    kind: input.kind,
    dnr: input.dnr,
    title: input.title,
    status: 'preparation',
    programmeId: input.programmeId,
    targetKfMeetingId: input.targetKfMeetingId,
    remissWeeks: input.remissWeeks,
    summary: input.summary,
    background: input.background,
    assessment: input.assessment,
    proposalExtra: '',
    remissOverview: '',
    sendTo: input.sendTo,
    signerName: input.signerName,
    signerTitle: input.signerTitle,
  };
  checkReferences(db, data);
  const id = newId();
  insertCase(db, id, data, nowIso());
  return getCase(db, id);
}

export function updateCase(db: Database, input: HandlerInput<'cases:update'>): CaseDetail {
  const now = nowIso();
  db.transaction(() => {
    const current = requireCase(db, input.id);
    const { id: _id, consequences: patch, ...rest } = input;
    const consequences = { ...current.consequences };
    for (const key of consequenceKeyIds) {
      const given = patch?.[key];
      if (given) consequences[key] = { text: given.text, notAffected: given.notAffected };
    }
    const defined = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    ) as Partial<CaseData>;
    const data: CaseData = {
      kind: current.kind,
      dnr: current.dnr,
      title: current.title,
      status: current.status,
      programmeId: current.programmeId,
      targetKfMeetingId: current.targetKfMeetingId,
      remissWeeks: current.remissWeeks,
      summary: current.summary,
      background: current.background,
      assessment: current.assessment,
      proposalExtra: current.proposalExtra,
      remissOverview: current.remissOverview,
      sendTo: current.sendTo,
      signerName: current.signerName,
      signerTitle: current.signerTitle,
      ...defined,
      consequences,
    };
    checkReferences(db, {
      programmeId: rest.programmeId !== undefined ? data.programmeId : null,
      targetKfMeetingId: rest.targetKfMeetingId !== undefined ? data.targetKfMeetingId : null,
    });
    if (!updateCaseRow(db, input.id, data, now)) throw caseNotFound();
  })();
  return getCase(db, input.id);
}

export function deleteCase(db: Database, id: string): { id: string } {
  const now = nowIso();
  if (!setCaseDeleted(db, id, now, now)) throw caseNotFound();
  return { id };
}

export function restoreCase(db: Database, id: string): CaseDetail {
  if (!setCaseDeleted(db, id, null, nowIso())) throw caseNotFound();
  return getCase(db, id);
}
