// Runs in: main process / Node. Saving programmes: the period and process-leader checks, and the
// rule that the app always works on one programme while any exists.
import type { Database } from 'better-sqlite3';
import type { HandlerInput } from '../../../shared/contract';
import type { Programme } from '../../../shared/domain/process';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import {
  currentProgrammeId,
  insertProgramme,
  markCurrent,
  newestProgrammeId,
  restoreProgrammeRow,
  selectProgramme,
  softDeleteProgramme,
  stakeholderName,
  updateProgrammeRow,
  type ProgrammeData,
} from './queries';

export const programmeNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Programmet finns inte längre. Det kan ha tagits bort.',
    en: 'The programme no longer exists. It may have been deleted.',
  });

/** A year bound covers the whole year: 2027–2027 is one year, not an empty period. */
const periodStartDay = (bound: string) => (bound.length === 4 ? `${bound}-01-01` : bound);
const periodEndDay = (bound: string) => (bound.length === 4 ? `${bound}-12-31` : bound);

function checkPeriod(data: ProgrammeData): void {
  if (periodEndDay(data.periodEnd) < periodStartDay(data.periodStart)) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Perioden kan inte sluta innan den börjar.',
        en: 'The period cannot end before it starts.',
      },
      { periodEnd: 'Perioden kan inte sluta innan den börjar.' },
    );
  }
}

/** A chosen stakeholder must exist; their name is copied so it survives a later deletion. */
function withLeader(db: Database, data: ProgrammeData): ProgrammeData {
  if (!data.processLeaderStakeholderId) return { ...data, processLeaderStakeholderId: null };
  const name = stakeholderName(db, data.processLeaderStakeholderId);
  if (name === null) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Den valda aktören finns inte eller ligger i papperskorgen.',
        en: 'The chosen stakeholder does not exist or is in the trash.',
      },
      { processLeaderStakeholderId: 'Aktören finns inte eller ligger i papperskorgen.' },
    );
  }
  return { ...data, processLeaderName: name };
}

export function getProgramme(db: Database, id: string): Programme {
  const programme = selectProgramme(db, id);
  if (!programme) throw programmeNotFound();
  return programme;
}

export function getCurrentProgramme(db: Database): { programme: Programme | null } {
  const id = currentProgrammeId(db);
  return { programme: id ? selectProgramme(db, id) : null };
}

export function createProgramme(db: Database, input: HandlerInput<'programmes:create'>): Programme {
  const { makeCurrent, ...fields } = input;
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    checkPeriod(fields);
    insertProgramme(db, id, withLeader(db, fields), now);
    if (makeCurrent === true || (makeCurrent === undefined && currentProgrammeId(db) === null)) {
      markCurrent(db, id, now);
    }
  })();
  return getProgramme(db, id);
}

/** Only the fields given change; the rest keep their saved values. */
export function updateProgramme(db: Database, input: HandlerInput<'programmes:update'>): Programme {
  const { id, ...patch } = input;
  const now = nowIso();
  db.transaction(() => {
    const existing = getProgramme(db, id);
    const merged: ProgrammeData = { ...pickData(existing) };
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
    }
    // A typed name without a stakeholder means the link is let go.
    if (
      patch.processLeaderName !== undefined &&
      patch.processLeaderStakeholderId === undefined &&
      patch.processLeaderName !== existing.processLeaderName
    ) {
      merged.processLeaderStakeholderId = null;
    }
    checkPeriod(merged);
    if (!updateProgrammeRow(db, id, withLeader(db, merged), now)) throw programmeNotFound();
  })();
  return getProgramme(db, id);
}

function pickData(p: Programme): ProgrammeData {
  return {
    name: p.name,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    status: p.status,
    ownerBody: p.ownerBody,
    commissionText: p.commissionText,
    commissionDecisionRef: p.commissionDecisionRef,
    processLeaderStakeholderId: p.processLeaderStakeholderId,
    processLeaderName: p.processLeaderName,
    mandateText: p.mandateText,
    mandateSource: p.mandateSource,
    purposeText: p.purposeText,
    whyText: p.whyText,
    visionText: p.visionText,
  };
}

export function setCurrentProgramme(db: Database, id: string): Programme {
  db.transaction(() => {
    getProgramme(db, id);
    markCurrent(db, id, nowIso());
  })();
  return getProgramme(db, id);
}

/** When the current programme goes to the trash, the newest remaining one becomes current. */
export function deleteProgramme(db: Database, id: string): { id: string } {
  const now = nowIso();
  db.transaction(() => {
    if (!softDeleteProgramme(db, id, now)) throw programmeNotFound();
    if (currentProgrammeId(db) === null) {
      const next = newestProgrammeId(db);
      if (next) markCurrent(db, next, now);
    }
  })();
  return { id };
}

export function restoreProgramme(db: Database, id: string): Programme {
  const now = nowIso();
  db.transaction(() => {
    if (!restoreProgrammeRow(db, id, now)) {
      throw new AppFailure('NOT_FOUND', {
        sv: 'Programmet finns inte i papperskorgen. Det kan redan ha återställts.',
        en: 'The programme is not in the trash. It may already have been restored.',
      });
    }
    if (currentProgrammeId(db) === null) markCurrent(db, id, now);
  })();
  return getProgramme(db, id);
}
