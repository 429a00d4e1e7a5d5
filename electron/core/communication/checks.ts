// Runs in: main process / Node. The rules every communication save obeys: a programme that exists,
// people who are in the stakeholder register, links within the same programme.
import type { Database } from 'better-sqlite3';
import type { SourceKind } from '../../../shared/domain/communication';
import { AppFailure } from '../../../shared/errors';
import { liveStakeholders, programmeIsLive } from '../actions/queries';
import { sourceProgramme } from './sourceLabels';

export function invalid(fields: Record<string, string>): AppFailure {
  const first = Object.values(fields)[0] ?? '';
  return new AppFailure(
    'VALIDATION',
    { sv: first, en: 'Could not save. Check the marked fields.' },
    fields,
  );
}

export function notFound(what: { sv: string; en: string }): AppFailure {
  return new AppFailure('NOT_FOUND', {
    sv: `${what.sv} finns inte längre. Den kan ha tagits bort.`,
    en: `${what.en} no longer exists. It may have been deleted.`,
  });
}

export function requireProgramme(db: Database, programmeId: string): void {
  if (!programmeIsLive(db, programmeId)) {
    throw invalid({ programmeId: 'Programmet finns inte. Välj eller skapa ett program först.' });
  }
}

export function checkSource(
  db: Database,
  programmeId: string,
  source: { kind: SourceKind; id: string } | null,
): void {
  if (source && sourceProgramme(db, source.kind, source.id) !== programmeId) {
    throw invalid({
      source:
        source.kind === 'action'
          ? 'Aktiviteten finns inte i det här programmet.'
          : 'Målet finns inte i det här programmet.',
    });
  }
}

/** Field errors for linked people who are not (or no longer) in the register; names by id. */
export function checkPeople(
  db: Database,
  people: Record<string, string | null>,
): Map<string, string> {
  const ids = Object.values(people).filter((id): id is string => !!id);
  const known = liveStakeholders(db, ids);
  const fields: Record<string, string> = {};
  for (const [field, id] of Object.entries(people)) {
    if (id && !known.has(id)) fields[field] = 'Personen finns inte i aktörsregistret.';
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return known;
}
