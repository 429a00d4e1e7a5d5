// Runs in: main process / Node. Saving a visit with its children in one transaction.
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import type { Visit } from '../../../shared/domain/visits';
import { newId, nowIso } from '../db/clock';
import { saveObstacles, saveParticipants, saveTopics } from './children';
import {
  existingStakeholders,
  insertVisitRow,
  liveCompany,
  selectVisit,
  softDeleteVisit,
  touchVisit,
  updateVisitRow,
  visitIsLive,
  type VisitData,
} from './queries';
import { normaliseTopics } from './topics';

const notFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Besöket finns inte längre. Det kan ha tagits bort.',
    en: 'The visit no longer exists. It may have been deleted.',
  });

/** The company's locality, copied onto the visit so lists filter by place without a join. */
function checkedLocality(db: Database, data: VisitData): string | null {
  const company = liveCompany(db, data.companyId);
  if (!company) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Företaget finns inte eller ligger i papperskorgen. Välj ett annat företag.',
        en: 'The company does not exist or is in the trash. Choose another company.',
      },
      { companyId: 'Företaget finns inte eller ligger i papperskorgen. Välj ett annat företag.' },
    );
  }
  const linked = data.participants.flatMap((p) => (p.stakeholderId ? [p.stakeholderId] : []));
  const known = existingStakeholders(db, linked);
  const fields: Record<string, string> = {};
  data.participants.forEach((p, i) => {
    if (p.stakeholderId && !known.has(p.stakeholderId)) {
      fields[`participants.${i}.stakeholderId`] = 'Personen finns inte i aktörsregistret.';
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'En deltagare finns inte längre i aktörsregistret.',
        en: 'A participant no longer exists in the stakeholder register.',
      },
      fields,
    );
  }
  return company.locality;
}

function saveChildren(db: Database, id: string, data: VisitData, now: string): void {
  saveParticipants(db, id, data.participants, now);
  saveTopics(db, id, normaliseTopics(data.topics), now);
  saveObstacles(db, id, data.obstacles, now);
}

export function getVisit(db: Database, id: string): Visit {
  const visit = selectVisit(db, id);
  if (!visit) throw notFound();
  return visit;
}

export function createVisit(db: Database, data: VisitData): Visit {
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    const locality = checkedLocality(db, data);
    insertVisitRow(db, id, data, locality, now);
    saveChildren(db, id, data, now);
    touchVisit(db, id, now);
  })();
  return getVisit(db, id);
}

export function updateVisit(db: Database, id: string, data: VisitData): Visit {
  const now = nowIso();
  db.transaction(() => {
    if (!visitIsLive(db, id)) throw notFound();
    const locality = checkedLocality(db, data);
    saveChildren(db, id, data, now);
    // Written after the children: the row update is the touch that re-indexes them for search.
    updateVisitRow(db, id, data, locality, now);
  })();
  return getVisit(db, id);
}

export function deleteVisit(db: Database, id: string): { id: string } {
  if (!softDeleteVisit(db, id, nowIso())) throw notFound();
  return { id };
}
