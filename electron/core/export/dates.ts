// Runs in: main process / Node. Swedish dates for documents: '2027-03-14' and '14 mars 2027'.
import { format, isValid, parseISO } from 'date-fns';
import { sv } from 'date-fns/locale';

function parse(isoDate: string): Date {
  const date = parseISO(isoDate);
  if (!isValid(date)) throw new Error(`Not a date: ${isoDate}`);
  return date;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * '2027-03-14': the form used in headers, tables and file names. Stored dates already have it,
 * so they are only checked (a report writes thousands; date-fns would dominate the build).
 */
export function shortDate(isoDate: string): string {
  if (ISO_DAY.test(isoDate)) return isoDate.slice(0, 10);
  return format(parse(isoDate), 'yyyy-MM-dd');
}

/** '14 mars 2027': the form used in running text. */
export const longDate = (isoDate: string): string =>
  format(parse(isoDate), 'd MMMM yyyy', { locale: sv });

/** Today's date in the computer's time zone (the officer's), as YYYY-MM-DD. */
export const todayIso = (now = new Date()): string => format(now, 'yyyy-MM-dd');

/**
 * '1 januari – 31 december 2027', or 'år 2027' style wording left to the caller: the year is
 * written once when both ends share it.
 */
export function longPeriod(from: string, to: string): string {
  if (from === to) return longDate(from);
  const a = parse(from);
  const b = parse(to);
  const sameYear = a.getFullYear() === b.getFullYear();
  const start = format(a, sameYear ? 'd MMMM' : 'd MMMM yyyy', { locale: sv });
  return `${start} – ${longDate(to)}`;
}

/** True when the period is exactly one calendar year (1 jan – 31 dec). */
export function wholeYear(from: string, to: string): number | null {
  const year = from.slice(0, 4);
  return from === `${year}-01-01` && to === `${year}-12-31` ? Number(year) : null;
}

/**
 * The period a report covers when the officer leaves ends open: this calendar year; from a
 * start date up to today (or the end of that year if it lies ahead); from 1 January of the end
 * date's year.
 */
export function resolvePeriod(
  from: string | undefined,
  to: string | undefined,
  today: string,
): { from: string; to: string } {
  if (from && to) return { from, to };
  if (from) return { from, to: today >= from ? today : `${from.slice(0, 4)}-12-31` };
  if (to) return { from: `${to.slice(0, 4)}-01-01`, to };
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
