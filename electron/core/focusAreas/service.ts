// Runs in: main process / Node. Saving, ordering and ranking focus areas.
import type { Database } from 'better-sqlite3';
import type { FocusArea, FocusAreaRanking } from '../../../shared/domain/focusAreas';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import {
  deletedFocusArea,
  insertFocusArea,
  liveGoalCount,
  liveStakeholderName,
  nextPriority,
  programmeIsLive,
  renumber,
  restoreFocusAreaRow,
  selectFocusArea,
  selectFocusAreas,
  setPriority,
  softDeleteFocusArea,
  updateFocusAreaRow,
  type FocusAreaData,
} from './queries';
import { rankFocusAreas } from './ranking';

const notFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Fokusområdet finns inte längre. Det kan ha tagits bort.',
    en: 'The focus area no longer exists. It may have been deleted.',
  });

export function requireProgramme(db: Database, programmeId: string): void {
  if (!programmeIsLive(db, programmeId)) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Programmet finns inte längre. Välj eller skapa ett program under Processen.',
      en: 'The programme no longer exists. Choose or create one under Process.',
    });
  }
}

/** A chosen stakeholder's current name is stored with the link, so the area reads well without it. */
function withResponsible(db: Database, data: FocusAreaData): FocusAreaData {
  if (!data.responsibleStakeholderId) return data;
  const name = liveStakeholderName(db, data.responsibleStakeholderId);
  if (name === null) {
    const message = 'Personen finns inte i aktörsregistret. Välj någon annan.';
    throw new AppFailure(
      'VALIDATION',
      { sv: message, en: 'The person is not in the stakeholder register. Choose someone else.' },
      { responsibleStakeholderId: message },
    );
  }
  return { ...data, responsibleName: name };
}

export function listFocusAreas(db: Database, programmeId: string): FocusArea[] {
  return selectFocusAreas(db, programmeId);
}

export function getFocusArea(db: Database, id: string): FocusArea {
  const area = selectFocusArea(db, id);
  if (!area) throw notFound();
  return area;
}

export function createFocusArea(db: Database, programmeId: string, data: FocusAreaData): FocusArea {
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    requireProgramme(db, programmeId);
    const checked = withResponsible(db, data);
    insertFocusArea(
      db,
      id,
      programmeId,
      nextPriority(db, programmeId, data.candidate),
      checked,
      now,
    );
  })();
  return getFocusArea(db, id);
}

export function updateFocusArea(db: Database, id: string, data: FocusAreaData): FocusArea {
  const now = nowIso();
  db.transaction(() => {
    const before = selectFocusArea(db, id);
    if (!before) throw notFound();
    if (!updateFocusAreaRow(db, id, withResponsible(db, data), now)) throw notFound();
    if (before.candidate !== data.candidate) {
      // A candidate that is chosen goes last among the chosen, and the reverse.
      setPriority(db, id, nextPriority(db, before.programmeId, data.candidate), now);
      renumber(db, before.programmeId, now);
    }
  })();
  return getFocusArea(db, id);
}

export function deleteFocusArea(db: Database, id: string): { id: string } {
  const now = nowIso();
  db.transaction(() => {
    const area = selectFocusArea(db, id);
    if (!area) throw notFound();
    const goals = liveGoalCount(db, id);
    if (goals > 0) {
      throw new AppFailure('CONFLICT', {
        sv: `Fokusområdet har ${goals} mål. Flytta eller ta bort målen först.`,
        en: `The focus area has ${goals} goals. Move or delete the goals first.`,
      });
    }
    softDeleteFocusArea(db, id, now);
    renumber(db, area.programmeId, now);
  })();
  return { id };
}

/** `ids` are chosen areas in their new order; any chosen area left out keeps its place after them. */
export function reorderFocusAreas(db: Database, programmeId: string, ids: string[]): FocusArea[] {
  const now = nowIso();
  db.transaction(() => {
    requireProgramme(db, programmeId);
    const chosen = selectFocusAreas(db, programmeId).filter((a) => !a.candidate);
    const known = new Set(chosen.map((a) => a.id));
    const unknown = ids.find((i) => !known.has(i));
    if (unknown) {
      throw new AppFailure('VALIDATION', {
        sv: 'Ett av fokusområdena finns inte längre bland de valda. Ladda om och försök igen.',
        en: 'One of the focus areas is no longer among the chosen ones. Reload and try again.',
      });
    }
    const order = [...new Set(ids), ...chosen.map((a) => a.id).filter((i) => !ids.includes(i))];
    order.forEach((areaId, index) => setPriority(db, areaId, index + 1, now));
  })();
  return selectFocusAreas(db, programmeId);
}

export function rankProgrammeFocusAreas(db: Database, programmeId: string): FocusAreaRanking[] {
  requireProgramme(db, programmeId);
  return rankFocusAreas(selectFocusAreas(db, programmeId));
}

/** Undo of a delete: the area comes back last among its kind (chosen or candidate). */
export function restoreFocusArea(db: Database, id: string): FocusArea {
  const now = nowIso();
  db.transaction(() => {
    const row = deletedFocusArea(db, id);
    if (!row) throw notFound();
    requireProgramme(db, row.programmeId);
    restoreFocusAreaRow(db, id, nextPriority(db, row.programmeId, row.candidate === 1), now);
  })();
  return getFocusArea(db, id);
}
