// Runs in: main process / Node. The example municipality's programme work on top of the registers:
// the process state, and what later features add (insights, goals, actions), each written by its
// feature's own demo function so the data stays next to the code that understands it.
import type { Database } from 'better-sqlite3';
import { generateCasesDemo } from '../cases/demo';
import { generateGoalsDemo } from '../goals/demo';
import { generateInsightsDemo } from '../insights/demo';
import { currentProgrammeId } from '../programmes/queries';
import { generateProcessDemo } from '../process/demo';

export function generateProgrammeDemo(db: Database, today: string): void {
  generateProcessDemo(db, today);
  generateCasesDemo(db, today);
  generateInsightsDemo(db, today);
  const programmeId = currentProgrammeId(db);
  if (programmeId) generateGoalsDemo(db, programmeId, today);
}
