// Runs in: main process / Node. Writes the example municipality's programme text, its first-page
// metadata and a few confirmed roles into a programme. Deterministic for a given `today`: rows
// are keyed by programme and section, and the dates are counted back from `today`.
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import { demoConfirmedRoles, demoMeta, demoSectionTexts } from './demoTexts';
import { upsertConfirmation, upsertMeta, upsertSectionText } from './queries';
import { rolesTable } from './roles';

export interface ProgrammeTextDemoCounts {
  texts: number;
  confirmedRoles: number;
}

const DAY = 86_400_000;

function dayMs(today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(ms)) {
    throw new AppFailure('VALIDATION', {
      sv: `Ogiltigt datum: ${today}. Ange datum som ÅÅÅÅ-MM-DD.`,
      en: `Invalid date: ${today}. Use YYYY-MM-DD.`,
    });
  }
  return ms;
}

export function generateProgrammeTextDemo(
  db: Database,
  programmeId: string,
  today: string,
): ProgrammeTextDemoCounts {
  const base = dayMs(today);
  const at = (daysAgo: number) => new Date(base - daysAgo * DAY + 9 * 3_600_000).toISOString();
  const day = (daysAgo: number) => new Date(base - daysAgo * DAY).toISOString().slice(0, 10);
  let confirmedRoles = 0;
  db.transaction(() => {
    Object.entries(demoSectionTexts).forEach(([sectionId, text], i) => {
      upsertSectionText(db, programmeId, sectionId, text, at(30 - i));
    });
    upsertMeta(db, programmeId, demoMeta, at(20));
    const rows = rolesTable(db, programmeId).rows;
    demoConfirmedRoles.forEach((daysAgo, i) => {
      const row = rows[i];
      if (!row) return;
      upsertConfirmation(
        db,
        programmeId,
        { roleKey: row.key, confirmedDate: day(daysAgo), note: 'Bekräftat vid avstämningsmöte.' },
        at(daysAgo),
      );
      confirmedRoles += 1;
    });
  })();
  return { texts: Object.keys(demoSectionTexts).length, confirmedRoles };
}
