// Runs in: renderer. The quick choices for a document's period, in the officer's own time zone.
import { format, subMonths, addDays } from 'date-fns';

export interface Period {
  from: string;
  to: string;
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

export type QuickPeriod = 'thisYear' | 'lastYear' | 'last12Months';
export const quickPeriods: QuickPeriod[] = ['thisYear', 'lastYear', 'last12Months'];

/** The period a quick choice stands for on `today`. */
export function quickPeriod(choice: QuickPeriod, today = new Date()): Period {
  const year = today.getFullYear();
  switch (choice) {
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'last12Months':
      // 12 whole months ending today: 2027-03-15 → 2026-03-16 … 2027-03-15.
      return { from: iso(addDays(subMonths(today, 12), 1)), to: iso(today) };
  }
}
