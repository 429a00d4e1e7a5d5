// Runs in: main process / Node. The marks a draft or an internal copy carries on every page.
import { longDate } from './dates';
import type { ExportOptions } from './types';

export const INTERNAL_MARK = 'INTERN KOPIA – innehåller konfidentiell företagsinformation';

export function draftMark(options: Pick<ExportOptions, 'date' | 'version'>): string {
  const version = options.version?.trim();
  return version
    ? `UTKAST – version ${version}, ${longDate(options.date)}`
    : `UTKAST – ${longDate(options.date)}`;
}

/** The lines every page header must show for these options (none for a final public copy). */
export function pageMarks(
  options: Pick<ExportOptions, 'date' | 'version' | 'draft' | 'internal'>,
): string[] {
  return [
    ...(options.draft ? [draftMark(options)] : []),
    ...(options.internal ? [INTERNAL_MARK] : []),
  ];
}
