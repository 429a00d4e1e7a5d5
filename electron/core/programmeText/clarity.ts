// Runs in: main process / Node. The 'unclear-text' health check's number: how many clarity marks
// (long sentences, officialese) the programme's own texts have, left-out sections not counted.
import type { Database } from 'better-sqlite3';
import { clarityIssues } from '../../../shared/domain/programmeTextClarity';
import { selectProgramme } from '../programmes/queries';
import { selectSectionTexts, tableExists } from './queries';

export function unclearTextCount(db: Database, programmeId: string): number {
  const programme = selectProgramme(db, programmeId);
  if (!programme) return 0;
  const rows = tableExists(db, 'programme_texts') ? selectSectionTexts(db, programmeId) : [];
  const whyLeftOut = rows.some((r) => r.sectionId === 'why' && r.leftOut);
  const texts = rows.filter((r) => !r.leftOut && r.sectionId !== 'why').map((r) => r.text);
  if (!whyLeftOut) texts.push(programme.whyText);
  return texts.reduce((n, text) => n + clarityIssues(text).length, 0);
}
