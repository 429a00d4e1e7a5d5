// Runs in: everywhere. Error codes that cross the contract, with user messages in Swedish and English.

export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'STORAGE',
  'UNKNOWN_METHOD',
  'DATABASE_TOO_NEW',
  'DATABASE_DAMAGED',
  'IMPORT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type Language = 'sv' | 'en';

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for forms: path → message. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const errorMessages: Record<ErrorCode, Record<Language, string>> = {
  VALIDATION: {
    sv: 'Uppgifterna är inte giltiga. Kontrollera de markerade fälten.',
    en: 'The input is not valid. Check the marked fields.',
  },
  NOT_FOUND: {
    sv: 'Posten finns inte längre. Den kan ha tagits bort.',
    en: 'The record no longer exists. It may have been deleted.',
  },
  CONFLICT: {
    sv: 'Det finns redan en post med samma uppgifter.',
    en: 'A record with the same details already exists.',
  },
  STORAGE: {
    sv: 'Det gick inte att spara i databasen. Inget har ändrats.',
    en: 'Could not save to the database. Nothing was changed.',
  },
  UNKNOWN_METHOD: {
    sv: 'Okänt anrop. Appen och dess data är av olika versioner.',
    en: 'Unknown call. The app and its data are of different versions.',
  },
  DATABASE_TOO_NEW: {
    sv: 'Databasen kommer från en nyare version av Programverkstaden och öppnas inte, så att inget går förlorat. Uppdatera appen.',
    en: 'The database comes from a newer version of Programverkstaden and is not opened, so nothing is lost. Update the app.',
  },
  DATABASE_DAMAGED: {
    sv: 'Databasen är skadad. Den har inte ändrats. Återställ den senaste fungerande säkerhetskopian.',
    en: 'The database is damaged. It has not been changed. Restore the latest good backup.',
  },
  IMPORT: {
    sv: 'Filen kunde inte importeras.',
    en: 'The file could not be imported.',
  },
  INTERNAL: {
    sv: 'Ett oväntat fel inträffade. Inget har sparats.',
    en: 'An unexpected error occurred. Nothing was saved.',
  },
};

/** An error a handler throws on purpose; the dispatcher turns it into `{ ok: false }`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: Record<Language, string>,
    readonly fields?: Record<string, string>,
  ) {
    super(detail?.sv ?? errorMessages[code].sv);
  }
}
