// Runs in: main process / Node. Saving actions with their children in one transaction, and the
// rules every save obeys: focus area and goals of the same programme, people who exist, and the
// status requirements (a reason to drop, a learning note to end an experiment).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type {
  actionInput,
  actionPatchInput,
  actionUpdateInput,
} from '../../../shared/contract/actions';
import {
  isStalled,
  missingParts,
  statusProblems,
  type Action,
  type ActionContributor,
  type ActionPerson,
  type ActionStatus,
} from '../../../shared/domain/actions';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import {
  addContributors,
  contributorsOf,
  goalsOf,
  insertOrigins,
  originsOf,
  partnersOf,
  replaceContributors,
  replaceGoals,
  replacePartners,
} from './children';
import { resolveOrigins } from './origins';
import {
  focusAreaProgramme,
  insertAction,
  liveGoalsOf,
  liveStakeholders,
  programmeIsLive,
  restoreActionRow,
  selectActionData,
  selectActionDetail,
  softDeleteAction,
  updateActionRow,
  updateStatusRow,
  type ActionData,
} from './queries';

type CreateInput = z.output<typeof actionInput>;
type UpdateInput = z.output<typeof actionUpdateInput>;
type PatchInput = z.output<typeof actionPatchInput>;

/** Today's date and the stalled limit, passed in so reads stay pure functions of their input. */
export interface Clock {
  today: string;
  stalledDays: number;
}

const notFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Aktiviteten finns inte längre. Den kan ha tagits bort.',
    en: 'The action no longer exists. It may have been deleted.',
  });

function invalid(fields: Record<string, string>): AppFailure {
  const first = Object.values(fields)[0] ?? '';
  return new AppFailure(
    'VALIDATION',
    { sv: first, en: 'The action could not be saved. Check the marked fields.' },
    fields,
  );
}

export function getAction(db: Database, id: string, clock: Clock): Action {
  const row = selectActionDetail(db, id);
  if (!row) throw notFound();
  const { hasWhy: _w, hasHow: _h, ...rest } = row;
  const base = { ...rest, experiment: row.experiment === 1 };
  return {
    ...base,
    missing: missingParts(base),
    stalled: isStalled(base, clock.today, clock.stalledDays),
    goals: goalsOf(db, id),
    partners: partnersOf(db, id),
    contributors: contributorsOf(db, id),
    origins: originsOf(db, id),
  };
}

/** Field errors for people who are not (or no longer) in the stakeholder register. */
function checkPeople(
  db: Database,
  data: { responsibleStakeholderId: string | null },
  lists: Record<string, ActionPerson[]>,
): Map<string, string> {
  const ids = [
    ...(data.responsibleStakeholderId ? [data.responsibleStakeholderId] : []),
    ...Object.values(lists).flatMap((l) =>
      l.flatMap((p) => (p.stakeholderId ? [p.stakeholderId] : [])),
    ),
  ];
  const known = liveStakeholders(db, ids);
  const fields: Record<string, string> = {};
  const gone = 'Personen finns inte i aktörsregistret.';
  if (data.responsibleStakeholderId && !known.has(data.responsibleStakeholderId)) {
    fields.responsibleStakeholderId = gone;
  }
  for (const [name, list] of Object.entries(lists)) {
    list.forEach((p, i) => {
      if (p.stakeholderId && !known.has(p.stakeholderId))
        fields[`${name}.${i}.stakeholderId`] = gone;
    });
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return known;
}

/** Checks a full save and returns the row data as stored (a linked person's name copied). */
function checked(
  db: Database,
  programmeId: string,
  input: Omit<UpdateInput, 'id'>,
): { data: ActionData; goalIds: string[] } {
  const { goalIds, partners, contributors, ...data } = input;
  const fields: Record<string, string> = {};
  if (data.focusAreaId && focusAreaProgramme(db, data.focusAreaId) !== programmeId) {
    fields.focusAreaId = 'Fokusområdet finns inte i det här programmet.';
  }
  const goals = liveGoalsOf(db, programmeId, goalIds);
  const missingGoal = goalIds.findIndex((g) => !goals.has(g));
  if (missingGoal >= 0) fields[`goalIds.${missingGoal}`] = 'Målet finns inte i det här programmet.';
  if (data.startDate && data.dueDate && data.dueDate < data.startDate) {
    fields.dueDate = 'Slutdatum kan inte vara före startdatum.';
  }
  Object.assign(fields, statusProblems(data));
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const known = checkPeople(db, data, { partners, contributors });
  const responsibleName =
    data.responsibleName ||
    (data.responsibleStakeholderId ? (known.get(data.responsibleStakeholderId) ?? '') : '');
  return {
    data: {
      ...data,
      responsibleName,
      annualMonth: data.kind === 'annual' ? data.annualMonth : null,
    },
    goalIds: [...new Set(goalIds)],
  };
}

function saveChildren(
  db: Database,
  id: string,
  goalIds: string[],
  partners: ActionPerson[],
  contributors: ActionContributor[],
  now: string,
) {
  replaceGoals(db, id, goalIds, now);
  replacePartners(db, id, partners, now);
  replaceContributors(db, id, contributors, now);
}

export function createAction(db: Database, input: CreateInput, clock: Clock): Action {
  const { programmeId, origins, ...rest } = input;
  if (!programmeIsLive(db, programmeId)) {
    throw invalid({ programmeId: 'Programmet finns inte. Välj eller skapa ett program först.' });
  }
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    const { data, goalIds } = checked(db, programmeId, rest);
    const resolved = resolveOrigins(db, origins);
    insertAction(db, id, programmeId, data, now);
    saveChildren(db, id, goalIds, rest.partners, rest.contributors, now);
    insertOrigins(db, id, resolved, now);
  })();
  return getAction(db, id, clock);
}

export function updateAction(db: Database, input: UpdateInput, clock: Clock): Action {
  const { id, ...rest } = input;
  const now = nowIso();
  db.transaction(() => {
    const stored = selectActionData(db, id);
    if (!stored) throw notFound();
    const { data, goalIds } = checked(db, stored.programmeId, rest);
    saveChildren(db, id, goalIds, rest.partners, rest.contributors, now);
    updateActionRow(db, id, data, now);
  })();
  return getAction(db, id, clock);
}

/** The workshop's quick edit: what is sent changes, the people in the room are added. */
export function patchAction(db: Database, input: PatchInput, clock: Clock): Action {
  const { id, addContributors: people, ...changes } = input;
  const now = nowIso();
  db.transaction(() => {
    const stored = selectActionData(db, id);
    if (!stored) throw notFound();
    const { programmeId, ...current } = stored;
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as Partial<ActionData>;
    if (defined.responsibleName !== undefined && changes.responsibleStakeholderId === undefined) {
      // A typed name lets go of the linked person, so the row never shows one name and means another.
      defined.responsibleStakeholderId = null;
    }
    if (changes.responsibleStakeholderId && changes.responsibleName === undefined) {
      defined.responsibleName = ''; // copied from the register by checked()
    }
    const goalIds = goalsOf(db, id).map((g) => g.id);
    const { data } = checked(db, programmeId, {
      ...current,
      ...defined,
      goalIds,
      partners: [],
      contributors: people,
    });
    addContributors(db, id, people, now);
    updateActionRow(db, id, data, now);
  })();
  return getAction(db, id, clock);
}

export function setActionStatus(
  db: Database,
  input: { id: string; status: ActionStatus; droppedReason?: string; learningNote?: string },
  clock: Clock,
): Action {
  const now = nowIso();
  db.transaction(() => {
    const stored = selectActionData(db, input.id);
    if (!stored) throw notFound();
    const droppedReason = input.droppedReason ?? stored.droppedReason;
    const learningNote = input.learningNote ?? stored.learningNote;
    const fields = statusProblems({
      status: input.status,
      droppedReason,
      experiment: stored.experiment,
      learningNote,
    });
    if (Object.keys(fields).length > 0) throw invalid(fields);
    updateStatusRow(db, input.id, input.status, droppedReason, learningNote, now);
  })();
  return getAction(db, input.id, clock);
}

export function deleteAction(db: Database, id: string): { id: string } {
  if (!softDeleteAction(db, id, nowIso())) throw notFound();
  return { id };
}

export function restoreAction(db: Database, id: string, clock: Clock): Action {
  if (!restoreActionRow(db, id, nowIso())) throw notFound();
  return getAction(db, id, clock);
}
