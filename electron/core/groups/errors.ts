// Runs in: main process / Node. The messages groups and meetings fail with, Swedish first.
import { AppFailure } from '../../../shared/errors';

export const groupNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Gruppen finns inte längre. Den kan ha tagits bort.',
    en: 'The group no longer exists. It may have been deleted.',
  });

export const meetingNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Mötet finns inte längre. Det kan ha tagits bort.',
    en: 'The meeting no longer exists. It may have been deleted.',
  });

/** Field problems: the first message is the banner, every field gets its own. */
export function invalidFields(fields: Record<string, string>, en: string): AppFailure {
  return new AppFailure('VALIDATION', { sv: Object.values(fields)[0] ?? '', en }, fields);
}

export function requireLiveProgramme(exists: boolean): void {
  if (!exists) {
    throw invalidFields(
      { programmeId: 'Programmet finns inte. Välj eller skapa ett program först.' },
      'The programme does not exist. Choose or create a programme first.',
    );
  }
}
