// Runs in: main process / Node. Every break in the red thread (F03, I07, P08): what is missing
// between the vision and the measured result, each with the place where it is fixed. The focus-area
// and goal checks are the goals feature's own warnings (one rule, one wording); the programme and
// action checks are added here. The overview calls this too.
import type { Database } from 'better-sqlite3';
import type { GoalWarning } from '../../../shared/domain/goals';
import type { BreakKind, RedThreadBreak } from '../../../shared/domain/redThread';
import { selectFocusAreas } from '../focusAreas/queries';
import { selectProgrammeGoals } from '../goals/queries';
import { goalWarnings } from '../goals/warnings';
import { cachedStatement } from '../search/cachedStatement';
import { programmeMissing } from '../followUp/settings';

const threadKinds: ReadonlySet<GoalWarning['kind']> = new Set([
  'focus_area_no_goal',
  'focus_area_no_responsible',
  'goal_no_focus_area',
  'goal_no_parent',
  'incomplete_measure',
  'missing_why',
]);

interface ProgrammeText {
  name: string;
  whyText: string;
  visionText: string;
}

export function programmeText(db: Database, programmeId: string): ProgrammeText {
  const row = cachedStatement(
    db,
    `SELECT name, why_text AS whyText, vision_text AS visionText FROM programmes
     WHERE id = ? AND deleted_at IS NULL`,
  ).get(programmeId) as ProgrammeText | undefined;
  if (!row) throw programmeMissing();
  return row;
}

function fromWarning(w: GoalWarning): RedThreadBreak {
  const kind = w.kind as BreakKind;
  if (w.goalId) {
    return {
      kind,
      subjectKind: 'goal',
      subjectId: w.goalId,
      subject: w.subject,
      message: w.message,
      fix: { route: ['goals', w.goalId, 'edit'] },
    };
  }
  const areaId = w.focusAreaId ?? '';
  return {
    kind,
    subjectKind: 'focusArea',
    subjectId: areaId,
    subject: w.subject,
    message: w.message,
    fix:
      kind === 'focus_area_no_goal'
        ? { route: ['goals', 'new'], query: `area=${encodeURIComponent(areaId)}` }
        : { route: ['goals', 'areas', areaId] },
  };
}

interface ActionThreadRow {
  id: string;
  what: string;
  why: string;
  goals: number;
}

/** Actions still in play (not dropped) without a live goal, or without a why. */
function actionBreaks(db: Database, programmeId: string): RedThreadBreak[] {
  const rows = cachedStatement(
    db,
    `SELECT a.id, a.what, a.why,
            (SELECT count(*) FROM action_goals ag JOIN goals g ON g.id = ag.goal_id
             WHERE ag.action_id = a.id AND g.deleted_at IS NULL) AS goals
     FROM actions a LEFT JOIN focus_areas fa ON fa.id = a.focus_area_id
     WHERE a.programme_id = ? AND a.deleted_at IS NULL AND a.status <> 'dropped'
     ORDER BY fa.priority IS NULL, fa.priority, a.created_at, a.id`,
  ).all(programmeId) as ActionThreadRow[];
  const breaks: RedThreadBreak[] = [];
  for (const a of rows) {
    const base = {
      subjectKind: 'action' as const,
      subjectId: a.id,
      subject: a.what,
      fix: { route: ['actions', a.id, 'edit'] },
    };
    if (a.goals === 0) {
      breaks.push({
        ...base,
        kind: 'action_no_goal',
        message: {
          sv: 'Aktiviteten är inte kopplad till något mål. Välj det mål den för framåt.',
          en: 'The action is not linked to a goal. Choose the goal it moves forward.',
        },
      });
    }
    if (a.why.trim() === '') {
      breaks.push({
        ...base,
        kind: 'missing_why',
        message: {
          sv: 'Skriv varför aktiviteten görs, så att alla ser vad den ska leda till.',
          en: 'Write why the action is done, so that everyone sees what it should lead to.',
        },
      });
    }
  }
  return breaks;
}

/** The breaks, from the top of the thread down: programme, focus areas and goals, actions. */
export function redThreadBreaks(db: Database, programmeId: string): RedThreadBreak[] {
  const programme = programmeText(db, programmeId);
  const breaks: RedThreadBreak[] = [];
  const top = (kind: BreakKind, sv: string, en: string) =>
    breaks.push({
      kind,
      subjectKind: 'programme',
      subjectId: programmeId,
      subject: programme.name,
      message: { sv, en },
      fix: { route: ['process', 'purpose'] },
    });
  if (programme.visionText.trim() === '') {
    top(
      'programme_no_vision',
      'Programmet har ingen vision än. Skriv vart ni vill nå, så får allt annat en riktning.',
      'The programme has no vision yet. Write where you want to get, so everything else has a direction.',
    );
  }
  if (programme.whyText.trim() === '') {
    top(
      'missing_why',
      'Skriv varför programmet finns, så att alla kan svara på varför.',
      'Write why the programme exists, so that everyone can answer why.',
    );
  }
  const warnings = goalWarnings(
    selectFocusAreas(db, programmeId),
    selectProgrammeGoals(db, programmeId),
    Number.MAX_SAFE_INTEGER,
  );
  for (const w of warnings) if (threadKinds.has(w.kind)) breaks.push(fromWarning(w));
  breaks.push(...actionBreaks(db, programmeId));
  return breaks;
}
