// Runs in: main process / Node. Swedish working days (arbetsdagar): not a Saturday or Sunday, not a
// public holiday (allmän helgdag, SFS 1989:253) and not one of the eves a municipal office is
// closed (midsommarafton, julafton, nyårsafton). The holidays come from swedish-holidays.
import { getHolidays } from 'swedish-holidays';
import { addDays, weekday } from './days';

/** Eves that are not public holidays by law but are days off under the municipal agreements. */
const CLOSED_EVES = new Set(['Midsommarafton', 'Julafton', 'Nyårsafton']);

const byYear = new Map<number, ReadonlyMap<string, string>>();

const pad = (n: number) => String(n).padStart(2, '0');

/** The non-working holidays of a year: date → Swedish name. */
export function holidaysOf(year: number): ReadonlyMap<string, string> {
  let days = byYear.get(year);
  if (!days) {
    const map = new Map<string, string>();
    for (const h of getHolidays(year)) {
      if (h.isPublicHoliday || CLOSED_EVES.has(h.name)) {
        map.set(`${h.year}-${pad(h.month)}-${pad(h.day)}`, h.name);
      }
    }
    days = map;
    byYear.set(year, days);
  }
  return days;
}

/** The holiday's name when `iso` is a non-working holiday, else null. */
export function holidayName(iso: string): string | null {
  return holidaysOf(Number(iso.slice(0, 4))).get(iso.slice(0, 10)) ?? null;
}

export function isWorkingDay(iso: string): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && holidayName(iso) === null;
}

/**
 * The working day `n` working days before `iso` (n = 0: `iso` itself, or the working day before
 * it when `iso` is not one). "Handlingarna ska vara inne tio arbetsdagar före sammanträdet."
 */
export function workingDaysBefore(iso: string, n: number): string {
  let day = iso.slice(0, 10);
  while (!isWorkingDay(day)) day = addDays(day, -1);
  for (let left = n; left > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** The working day `n` working days after `iso` (n = 0: `iso` or the next working day). */
export function workingDaysAfter(iso: string, n: number): string {
  let day = iso.slice(0, 10);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}
