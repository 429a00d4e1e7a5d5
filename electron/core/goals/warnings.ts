// Runs in: main process / Node (pure; no database). What is missing or risky in a programme's
// focus areas and goals: too many goals (F09), goals out of our influence (F10), goals that cannot
// be measured (P03), focus areas without a responsible or a goal (I07), missing whys (P08) and
// broken links in the red thread (F03, I08). Candidate areas are still being weighed and are only
// checked once chosen. The wording points to the next step, never to a culprit (F27).
import type { GoalLevelKind, GoalWarning, Localized } from '../../../shared/domain/goals';

export interface WarningFocusArea {
  id: string;
  name: string;
  candidate: boolean;
  why: string;
  responsibleStakeholderId: string | null;
  responsibleName: string;
}

export interface WarningGoal {
  id: string;
  text: string;
  focusAreaId: string | null;
  parentGoalId: string | null;
  levelKind: GoalLevelKind;
  why: string;
  influenceable: boolean;
  indicatorName: string;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
}

const join = (parts: string[], and: string): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;

function incompleteMeasure(goal: WarningGoal): Localized | null {
  const sv: string[] = [];
  const en: string[] = [];
  const add = (missing: boolean, s: string, e: string) => {
    if (!missing) return;
    sv.push(s);
    en.push(e);
  };
  add(goal.indicatorName.trim() === '', 'mätetal', 'indicator');
  add(goal.baselineValue === null || goal.baselineDate === null, 'utgångsläge', 'baseline');
  add(goal.targetValue === null, 'målvärde', 'target value');
  add(goal.targetDate === null, 'måldatum', 'target date');
  if (sv.length === 0) return null;
  return {
    sv: `Målet behöver ${join(sv, 'och')} för att kunna följas upp.`,
    en: `The goal needs ${join(en, 'and')} to be followed up.`,
  };
}

/**
 * Every warning, focus area by focus area in the given order, then goals outside any live area.
 * F09 counts programme goals per area: the action-plan goals under them are their concrete steps.
 */
export function goalWarnings(
  focusAreas: readonly WarningFocusArea[],
  goals: readonly WarningGoal[],
  limit: number,
): GoalWarning[] {
  const warnings: GoalWarning[] = [];
  const liveGoalIds = new Set(goals.map((g) => g.id));
  const areaIds = new Set(focusAreas.map((a) => a.id));
  const byArea = new Map<string | null, WarningGoal[]>();
  for (const goal of goals) {
    const key = goal.focusAreaId && areaIds.has(goal.focusAreaId) ? goal.focusAreaId : null;
    byArea.set(key, [...(byArea.get(key) ?? []), goal]);
  }

  const goalChecks = (goal: WarningGoal, inArea: boolean) => {
    const push = (kind: GoalWarning['kind'], message: Localized) =>
      warnings.push({
        kind,
        focusAreaId: goal.focusAreaId,
        goalId: goal.id,
        subject: goal.text,
        message,
      });
    if (!inArea) {
      push('goal_no_focus_area', {
        sv: 'Målet hör inte till något fokusområde. Koppla det till det område det tjänar.',
        en: 'The goal belongs to no focus area. Link it to the area it serves.',
      });
    }
    if (
      goal.levelKind === 'action_plan' &&
      !(goal.parentGoalId && liveGoalIds.has(goal.parentGoalId))
    ) {
      push('goal_no_parent', {
        sv: 'Målet i handlingsplanen är inte kopplat till något programmål.',
        en: 'The action-plan goal is not linked to a programme goal.',
      });
    }
    if (!goal.influenceable) {
      push('not_influenceable', {
        sv: 'Kommunen kan inte påverka målet själv. Formulera om det eller välj ett mål närmare det ni gör.',
        en: 'The municipality cannot influence this goal itself. Reword it or pick a goal closer to what you do.',
      });
    }
    const measure = incompleteMeasure(goal);
    if (measure) push('incomplete_measure', measure);
    if (goal.why.trim() === '') {
      push('missing_why', {
        sv: 'Skriv varför målet finns, så att alla förstår vad det ska leda till.',
        en: 'Write why the goal exists, so that everyone understands what it should lead to.',
      });
    }
  };

  for (const area of focusAreas) {
    const areaGoals = byArea.get(area.id) ?? [];
    if (!area.candidate) {
      const push = (kind: GoalWarning['kind'], message: Localized) =>
        warnings.push({ kind, focusAreaId: area.id, goalId: null, subject: area.name, message });
      const programmeGoals = areaGoals.filter((g) => g.levelKind === 'programme').length;
      if (programmeGoals > limit) {
        push('too_many_goals', {
          sv: `${programmeGoals} programmål, fler än ${limit}. Färre och tydligare mål är lättare att nå och att berätta om.`,
          en: `${programmeGoals} programme goals, more than ${limit}. Fewer and clearer goals are easier to reach and to talk about.`,
        });
      }
      if (!area.responsibleStakeholderId && area.responsibleName.trim() === '') {
        push('focus_area_no_responsible', {
          sv: 'Ingen är ansvarig för fokusområdet. Välj en ansvarig.',
          en: 'No one is responsible for the focus area. Choose someone.',
        });
      }
      if (areaGoals.length === 0) {
        push('focus_area_no_goal', {
          sv: 'Fokusområdet har inget mål än. Lägg till minst ett mätbart mål.',
          en: 'The focus area has no goal yet. Add at least one measurable goal.',
        });
      }
      if (area.why.trim() === '') {
        push('missing_why', {
          sv: 'Skriv varför fokusområdet är prioriterat.',
          en: 'Write why the focus area is a priority.',
        });
      }
    }
    for (const goal of areaGoals) goalChecks(goal, true);
  }
  for (const goal of byArea.get(null) ?? []) goalChecks(goal, false);
  return warnings;
}
