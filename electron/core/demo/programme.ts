// Runs in: main process / Node. The example municipality's programme work on top of the registers:
// the process state, and what later features add (insights, goals, actions), each written by its
// feature's own demo function so the data stays next to the code that understands it.
import type { Database } from 'better-sqlite3';
import { generateCasesDemo } from '../cases/demo';
import { generateInsightsDemo } from '../insights/demo';
import { generateProcessDemo } from '../process/demo';

export function generateProgrammeDemo(db: Database, today: string): void {
  generateProcessDemo(db, today);
  generateCasesDemo(db, today);
  generateInsightsDemo(db, today);
}
