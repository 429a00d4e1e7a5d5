// Runs in: main process / Node. The goals feature's warnings (F09, F10, P03, I07, I08) as health
// items, computed once per report run and shared by the focus-area and goal checks.
import type { GoalWarning, GoalWarningKind } from '../../../../shared/domain/goals';
import type { HealthFinding } from '../../../../shared/domain/health';
import { programmeWarnings } from '../../goals/followUp';
import { fromItems, type HealthContext } from '../types';

const memo = new WeakMap<HealthContext, GoalWarning[]>();

function warningsOf(ctx: HealthContext): GoalWarning[] {
  let warnings = memo.get(ctx);
  if (!warnings) {
    warnings = programmeWarnings(ctx.db, ctx.programmeId).warnings;
    memo.set(ctx, warnings);
  }
  return warnings;
}

const routeOf = (w: GoalWarning): string[] =>
  w.goalId ? ['goals', w.goalId] : w.focusAreaId ? ['goals', 'areas', w.focusAreaId] : ['goals'];

/** One item per warning of the given kinds, labelled with the area or goal and the advice. */
export function warningFinding(
  ctx: HealthContext,
  kinds: readonly GoalWarningKind[],
): HealthFinding {
  const found = warningsOf(ctx).filter((w) => kinds.includes(w.kind));
  return fromItems(
    found.map((w) => ({
      label: { sv: `${w.subject} – ${w.message.sv}`, en: `${w.subject} – ${w.message.en}` },
      route: routeOf(w),
    })),
  );
}
