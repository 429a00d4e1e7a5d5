// Runs in: main process / Node. Saving stakeholders: checks that need the database, one transaction.
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import type { Stakeholder } from '../../../shared/domain/stakeholders';
import { newId, nowIso } from '../db/clock';
import {
  companyIsLive,
  insertStakeholder,
  replaceCategories,
  selectStakeholder,
  softDeleteStakeholder,
  updateStakeholderRow,
  type StakeholderData,
} from './queries';

const notFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Aktören finns inte längre. Den kan ha tagits bort.',
    en: 'The stakeholder no longer exists. It may have been deleted.',
  });

function assertCompany(db: Database, companyId: string | null): void {
  if (!companyId || companyIsLive(db, companyId)) return;
  throw new AppFailure(
    'VALIDATION',
    {
      sv: 'Det valda företaget finns inte eller ligger i papperskorgen.',
      en: 'The chosen company does not exist or is in the trash.',
    },
    { companyId: 'Företaget finns inte eller ligger i papperskorgen.' },
  );
}

export function getStakeholder(db: Database, id: string): Stakeholder {
  const stakeholder = selectStakeholder(db, id);
  if (!stakeholder) throw notFound();
  return stakeholder;
}

export function createStakeholder(db: Database, data: StakeholderData): Stakeholder {
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    assertCompany(db, data.companyId);
    insertStakeholder(db, id, data, now);
    replaceCategories(db, id, data.categories, now);
  })();
  return getStakeholder(db, id);
}

export function updateStakeholder(db: Database, id: string, data: StakeholderData): Stakeholder {
  const now = nowIso();
  db.transaction(() => {
    assertCompany(db, data.companyId);
    if (!updateStakeholderRow(db, id, data, now)) throw notFound();
    replaceCategories(db, id, data.categories, now);
  })();
  return getStakeholder(db, id);
}

export function deleteStakeholder(db: Database, id: string): { id: string } {
  if (!softDeleteStakeholder(db, id, nowIso())) throw notFound();
  return { id };
}
