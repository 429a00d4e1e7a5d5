// Runs in: main process / Node. Saving anchoring-log entries: someone must be named, a chosen
// stakeholder must exist, and the programme must be live.
import type { Database } from 'better-sqlite3';
import type { HandlerInput } from '../../../shared/contract';
import type { AnchoringEntry } from '../../../shared/domain/process';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { stakeholderName } from '../programmes/queries';
import { programmeNotFound } from '../programmes/service';
import {
  insertAnchoring,
  restoreAnchoringRow,
  selectAnchoring,
  softDeleteAnchoring,
  updateAnchoringRow,
  type AnchoringData,
} from './anchoringQueries';
import { programmeIsLive } from './queries';

const entryNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Anteckningen i förankringsloggen finns inte längre. Den kan ha tagits bort.',
    en: 'The anchoring-log entry no longer exists. It may have been deleted.',
  });

/** The linked stakeholder's name is stored too, so the entry still reads right if they go. */
function checked(db: Database, data: AnchoringData): AnchoringData {
  if (data.stakeholderId) {
    const name = stakeholderName(db, data.stakeholderId);
    if (name === null) {
      throw new AppFailure(
        'VALIDATION',
        {
          sv: 'Den valda aktören finns inte eller ligger i papperskorgen.',
          en: 'The chosen stakeholder does not exist or is in the trash.',
        },
        { who: 'Aktören finns inte eller ligger i papperskorgen.' },
      );
    }
    return { ...data, who: name };
  }
  if (!data.who && !data.body) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Ange vem som informerades eller tillfrågades: en person eller en grupp.',
        en: 'Say who was informed or consulted: a person or a group.',
      },
      { who: 'Ange en person, eller fyll i grupp eller organ.' },
    );
  }
  return { ...data, stakeholderId: null };
}

export function getAnchoring(db: Database, id: string): AnchoringEntry {
  const entry = selectAnchoring(db, id);
  if (!entry) throw entryNotFound();
  return entry;
}

export function createAnchoring(
  db: Database,
  input: HandlerInput<'anchoring:create'>,
): AnchoringEntry {
  const { programmeId, ...data } = input;
  const id = newId();
  db.transaction(() => {
    if (!programmeIsLive(db, programmeId)) throw programmeNotFound();
    insertAnchoring(db, id, programmeId, checked(db, data), nowIso());
  })();
  return getAnchoring(db, id);
}

export function updateAnchoring(
  db: Database,
  input: HandlerInput<'anchoring:update'>,
): AnchoringEntry {
  const { id, ...data } = input;
  db.transaction(() => {
    if (!updateAnchoringRow(db, id, checked(db, data), nowIso())) throw entryNotFound();
  })();
  return getAnchoring(db, id);
}

export function deleteAnchoring(db: Database, id: string): { id: string } {
  if (!softDeleteAnchoring(db, id, nowIso())) throw entryNotFound();
  return { id };
}

export function restoreAnchoring(db: Database, id: string): AnchoringEntry {
  if (!restoreAnchoringRow(db, id, nowIso())) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Anteckningen finns inte i papperskorgen. Den kan redan ha återställts.',
      en: 'The entry is not in the trash. It may already have been restored.',
    });
  }
  return getAnchoring(db, id);
}
