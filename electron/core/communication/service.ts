// Runs in: main process / Node. Saving, deleting (to the trash) and restoring plan items, log
// entries and politician briefings, each save checked and written in one transaction.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type {
  briefingInput,
  briefingUpdateInput,
  logEntryInput,
  logEntryUpdateInput,
  planItemInput,
  planItemUpdateInput,
} from '../../../shared/contract/communication';
import type { Briefing, LogEntry, PlanItem } from '../../../shared/domain/communication';
import { newId, nowIso } from '../db/clock';
import {
  briefingProgramme,
  insertBriefing,
  replaceParticipants,
  selectBriefing,
  updateBriefingRow,
  type BriefingData,
} from './briefingQueries';
import { checkPeople, checkSource, invalid, notFound, requireProgramme } from './checks';
import {
  insertLogEntry,
  logEntryProgramme,
  selectLogEntry,
  updateLogRow,
  type LogData,
} from './logQueries';
import {
  insertPlanItem,
  planItemProgramme,
  selectPlanItem,
  updatePlanRow,
  type PlanData,
} from './planQueries';
import { restoreRow, softDeleteRow, type CommunicationTable } from './trashRows';

const what = {
  plan: { sv: 'Kommunikationsinsatsen', en: 'The communication item' },
  log: { sv: 'Loggposten', en: 'The log entry' },
  briefing: { sv: 'Dragningen', en: 'The briefing' },
};

/** A linked responsible's name is copied, so it survives the person being removed. */
function checkedPlan(db: Database, data: PlanData): PlanData {
  const known = checkPeople(db, { responsibleStakeholderId: data.responsibleStakeholderId });
  const copied = data.responsibleStakeholderId ? known.get(data.responsibleStakeholderId) : '';
  return { ...data, responsibleName: data.responsibleName || (copied ?? '') };
}

export function getPlanItem(db: Database, id: string): PlanItem {
  const item = selectPlanItem(db, id);
  if (!item) throw notFound(what.plan);
  return item;
}

export function createPlanItem(db: Database, input: z.output<typeof planItemInput>): PlanItem {
  const { programmeId, source, ...data } = input;
  const id = newId();
  db.transaction(() => {
    requireProgramme(db, programmeId);
    checkSource(db, programmeId, source);
    insertPlanItem(db, id, programmeId, checkedPlan(db, data), source, nowIso());
  })();
  return getPlanItem(db, id);
}

export function updatePlanItem(
  db: Database,
  input: z.output<typeof planItemUpdateInput>,
): PlanItem {
  const { id, ...data } = input;
  db.transaction(() => {
    if (!planItemProgramme(db, id)) throw notFound(what.plan);
    updatePlanRow(db, id, checkedPlan(db, data), nowIso());
  })();
  return getPlanItem(db, id);
}

function checkedLog(db: Database, programmeId: string, data: LogData): LogData {
  if (data.planItemId && planItemProgramme(db, data.planItemId) !== programmeId) {
    throw invalid({ planItemId: 'Insatsen finns inte i det här programmets kommunikationsplan.' });
  }
  return data;
}

export function getLogEntry(db: Database, id: string): LogEntry {
  const entry = selectLogEntry(db, id);
  if (!entry) throw notFound(what.log);
  return entry;
}

export function createLogEntry(db: Database, input: z.output<typeof logEntryInput>): LogEntry {
  const { programmeId, source, ...data } = input;
  const id = newId();
  db.transaction(() => {
    requireProgramme(db, programmeId);
    checkSource(db, programmeId, source);
    insertLogEntry(db, id, programmeId, checkedLog(db, programmeId, data), source, nowIso());
  })();
  return getLogEntry(db, id);
}

export function updateLogEntry(
  db: Database,
  input: z.output<typeof logEntryUpdateInput>,
): LogEntry {
  const { id, ...data } = input;
  db.transaction(() => {
    const programmeId = logEntryProgramme(db, id);
    if (!programmeId) throw notFound(what.log);
    updateLogRow(db, id, checkedLog(db, programmeId, data), nowIso());
  })();
  return getLogEntry(db, id);
}

function checkedParticipants(db: Database, data: BriefingData): BriefingData {
  const people = Object.fromEntries(
    data.participants.map((p, i) => [`participants.${i}.stakeholderId`, p.stakeholderId]),
  );
  checkPeople(db, people);
  return data;
}

export function getBriefing(db: Database, id: string): Briefing {
  const briefing = selectBriefing(db, id);
  if (!briefing) throw notFound(what.briefing);
  return briefing;
}

export function createBriefing(db: Database, input: z.output<typeof briefingInput>): Briefing {
  const { programmeId, ...data } = input;
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    requireProgramme(db, programmeId);
    const checked = checkedParticipants(db, data);
    insertBriefing(db, id, programmeId, checked, now);
    replaceParticipants(db, id, checked.participants, now);
  })();
  return getBriefing(db, id);
}

export function updateBriefing(
  db: Database,
  input: z.output<typeof briefingUpdateInput>,
): Briefing {
  const { id, ...data } = input;
  const now = nowIso();
  db.transaction(() => {
    if (!briefingProgramme(db, id)) throw notFound(what.briefing);
    const checked = checkedParticipants(db, data);
    updateBriefingRow(db, id, checked, now);
    replaceParticipants(db, id, checked.participants, now);
  })();
  return getBriefing(db, id);
}

const tables: Record<keyof typeof what, CommunicationTable> = {
  plan: 'communication_plan_items',
  log: 'communication_log',
  briefing: 'politician_briefings',
};

export function deleteRecord(db: Database, kind: keyof typeof what, id: string): { id: string } {
  if (!softDeleteRow(db, tables[kind], id, nowIso())) throw notFound(what[kind]);
  return { id };
}

/** Undo of a delete; the trash restores through its own generic path. */
export function restoreRecord(db: Database, kind: keyof typeof what, id: string): void {
  if (!restoreRow(db, tables[kind], id, nowIso())) throw notFound(what[kind]);
}
