// Runs in: main process / Node. The remiss round of a case: who the draft went to, their replies,
// each comment with the municipality's position and the change made, and reminders for replies
// that have not come.
import type { Database } from 'better-sqlite3';
import type { HandlerInput } from '../../../shared/contract';
import type { RemissInstance, RemissReminder } from '../../../shared/domain/cases';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { todayIso } from '../export/dates';
import { addDays, daysBetween } from './days';
import { selectCase } from './queries';
import {
  deleteComment,
  insertComment,
  insertInstance,
  selectComment,
  selectInstance,
  selectInstances,
  setInstanceDeleted,
  updateComment,
  updateInstanceRow,
  waitingInstances,
  type InstanceData,
} from './remissQueries';
import { caseNotFound, recomputeStatus } from './service';

const instanceNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Remissinstansen finns inte längre. Den kan ha tagits bort.',
    en: 'The consultee no longer exists. It may have been deleted.',
  });

function validate(db: Database, data: InstanceData): void {
  const fields: Record<string, string> = {};
  if (data.stakeholderId) {
    const found = db
      .prepare('SELECT 1 FROM stakeholders WHERE id = ? AND deleted_at IS NULL')
      .get(data.stakeholderId);
    if (!found) fields.stakeholderId = 'Aktören finns inte längre.';
  }
  if (data.sentDate && data.deadline && data.deadline < data.sentDate)
    fields.deadline = 'Sista svarsdag kan inte vara före utskicket.';
  if (data.sentDate && data.replyReceivedDate && data.replyReceivedDate < data.sentDate)
    fields.replyReceivedDate = 'Svaret kan inte ha kommit före utskicket.';
  if (Object.keys(fields).length > 0) throw new AppFailure('VALIDATION', undefined, fields);
}

/** A change in the remiss round can move the case onto remiss; the case counts as changed. */
function touchCase(db: Database, caseId: string, now: string): void {
  recomputeStatus(db, caseId, now);
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, caseId);
}

export function listInstances(db: Database, caseId: string): RemissInstance[] {
  if (!selectCase(db, caseId)) throw caseNotFound();
  return selectInstances(db, caseId);
}

export function createInstance(db: Database, input: HandlerInput<'remiss:create'>): RemissInstance {
  const id = newId();
  const now = nowIso();
  const { caseId, ...data } = input;
  db.transaction(() => {
    if (!selectCase(db, caseId)) throw caseNotFound();
    validate(db, data);
    insertInstance(db, id, caseId, data, now);
    touchCase(db, caseId, now);
  })();
  return selectInstance(db, id)!;
}

export function updateInstance(db: Database, input: HandlerInput<'remiss:update'>): RemissInstance {
  const now = nowIso();
  db.transaction(() => {
    const current = selectInstance(db, input.id);
    if (!current) throw instanceNotFound();
    const data: InstanceData = {
      stakeholderId:
        input.stakeholderId !== undefined ? input.stakeholderId : current.stakeholderId,
      name: input.name ?? current.name,
      kind: input.kind ?? current.kind,
      sentDate: input.sentDate !== undefined ? input.sentDate : current.sentDate,
      deadline: input.deadline !== undefined ? input.deadline : current.deadline,
      replyReceivedDate:
        input.replyReceivedDate !== undefined ? input.replyReceivedDate : current.replyReceivedDate,
      replySummary: input.replySummary ?? current.replySummary,
    };
    validate(db, {
      ...data,
      stakeholderId: input.stakeholderId !== undefined ? data.stakeholderId : null,
    });
    updateInstanceRow(db, input.id, data, now);
    touchCase(db, current.caseId, now);
  })();
  return selectInstance(db, input.id)!;
}

function setDeleted(db: Database, id: string, deleted: boolean): RemissInstance {
  const now = nowIso();
  const current = selectInstance(db, id, true);
  if (!current) throw instanceNotFound();
  db.transaction(() => {
    if (!setInstanceDeleted(db, id, deleted ? now : null, now)) throw instanceNotFound();
    touchCase(db, current.caseId, now);
  })();
  return selectInstance(db, id, true)!;
}

export function deleteInstance(db: Database, id: string): { id: string } {
  setDeleted(db, id, true);
  return { id };
}

export const restoreInstance = (db: Database, id: string): RemissInstance =>
  setDeleted(db, id, false);

export function saveComment(
  db: Database,
  input: HandlerInput<'remiss:commentSave'>,
): RemissInstance {
  const now = nowIso();
  const { id, instanceId, ...data } = input;
  db.transaction(() => {
    const instance = selectInstance(db, instanceId);
    if (!instance) throw instanceNotFound();
    if (id) {
      const existing = selectComment(db, id);
      if (!existing || existing.instanceId !== instanceId || !updateComment(db, id, data, now))
        throw new AppFailure('NOT_FOUND');
    } else {
      insertComment(db, newId(), instanceId, data, now);
    }
    db.prepare('UPDATE remiss_instances SET updated_at = ? WHERE id = ?').run(now, instanceId);
    touchCase(db, instance.caseId, now);
  })();
  return selectInstance(db, instanceId)!;
}

export function removeComment(db: Database, id: string): RemissInstance {
  const now = nowIso();
  const comment = selectComment(db, id);
  if (!comment) throw new AppFailure('NOT_FOUND');
  db.transaction(() => {
    deleteComment(db, id, now);
    const instance = selectInstance(db, comment.instanceId);
    if (instance) touchCase(db, instance.caseId, now);
  })();
  return selectInstance(db, comment.instanceId, true)!;
}

/** Replies that have not come whose deadline has passed or falls within `withinDays`. */
export function remissReminders(
  db: Database,
  input: { caseId?: string; withinDays: number; today?: string },
): RemissReminder[] {
  const today = input.today ?? todayIso();
  return waitingInstances(db, addDays(today, input.withinDays), input.caseId).map((r) => ({
    ...r,
    daysLeft: daysBetween(today, r.deadline),
  }));
}
