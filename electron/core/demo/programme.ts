// Runs in: main process / Node. The example municipality's programme work on top of the registers:
// the process state, and what later features add (insights, goals, actions), each written by its
// feature's own demo function so the data stays next to the code that understands it.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { generateActionsDemo } from '../actions/demo';
import { generateAnalysisDemo } from '../analysis/demo';
import { generateCasesDemo } from '../cases/demo';
import { generateCommunicationDemo } from '../communication/demo';
import { withIdSource } from '../db/clock';
import { generateFollowUpDemo } from '../followUp/demo';
import { generateGoalPictureDemo } from '../goalPicture/demo';
import { generateGoalsDemo } from '../goals/demo';
import { generateGroupsDemo } from '../groups/demo';
import { generateInsightsDemo } from '../insights/demo';
import { generateProgrammeTextDemo } from '../programmeText/demo';
import { currentProgrammeId } from '../programmes/queries';
import { generateProcessDemo } from '../process/demo';
import { generateSelfImageDemo } from '../selfImage/demo';
import { generateStaircaseDemo } from '../staircase/demo';

export function generateProgrammeDemo(db: Database, today: string): void {
  generateProcessDemo(db, today);
  generateCasesDemo(db, today);
  generateInsightsDemo(db, today);
  const programmeId = currentProgrammeId(db);
  if (programmeId) {
    generateGoalsDemo(db, programmeId, today);
    generateAnalysisDemo(db, programmeId, today);
    generateStaircaseDemo(db, programmeId, today);
    generateSelfImageDemo(db, programmeId, today);
    generateGoalPictureDemo(db, programmeId, today);
    // The action plan's child rows take ids from the shared id source: pin it to the day.
    let counter = 0;
    const seeded = () => {
      const h = createHash('sha256').update(`actions-demo:${today}:${counter++}`).digest('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    };
    withIdSource(seeded, () => generateActionsDemo(db, programmeId, today));
    // After the action plan: the follow-ups judge its actions and their lessons start new ones.
    generateFollowUpDemo(db, programmeId, today);
    generateCommunicationDemo(db, programmeId, today);
    generateGroupsDemo(db, programmeId, today);
    // Last: the roles table it confirms is built from the action plan (and groups).
    generateProgrammeTextDemo(db, programmeId, today);
  }
}
