// Runs in: main process / Node. Health checks on goals: the limit per focus area (F09), measurable
// goals (P03, I06), influence (F10), a time horizon (S22, P04), the two goal levels (I08),
// baselines (F14) and yellow or red statuses without a comment (F11).
import type { GoalRow } from '../../../../shared/domain/goals';
import type { HealthItem } from '../../../../shared/domain/health';
import { goalsByFocusArea } from '../../goals/view';
import { cachedStatement } from '../../search/cachedStatement';
import { type Evaluator, fromItems, type HealthContext, same } from '../types';
import { warningFinding } from './goalWarnings';

const memo = new WeakMap<HealthContext, GoalRow[]>();

/** Every live goal of the programme with its computed status, once per report run. */
export function goalRows(ctx: HealthContext): GoalRow[] {
  let rows = memo.get(ctx);
  if (!rows) {
    rows = goalsByFocusArea(ctx.db, ctx.programmeId).groups.flatMap((g) => g.goals);
    memo.set(ctx, rows);
  }
  return rows;
}

const tooManyGoals: Evaluator = (ctx) => warningFinding(ctx, ['too_many_goals']);
const goalNotMeasurable: Evaluator = (ctx) => warningFinding(ctx, ['incomplete_measure']);
const goalNotInfluenceable: Evaluator = (ctx) => warningFinding(ctx, ['not_influenceable']);
const goalLevelsUnlinked: Evaluator = (ctx) => warningFinding(ctx, ['goal_no_parent']);

/**
 * A goal's horizon is its target date (short or long is always set); an ongoing project action's
 * is its due date. Standing and annual actions run on by design.
 */
const horizonMissing: Evaluator = (ctx) => {
  const items: HealthItem[] = goalRows(ctx)
    .filter((g) => g.targetDate === null)
    .map((g) => ({
      label: { sv: `Mål: ${g.text}`, en: `Goal: ${g.text}` },
      route: ['goals', g.id],
    }));
  const actions = cachedStatement(
    ctx.db,
    `SELECT id, what FROM actions WHERE programme_id = ? AND deleted_at IS NULL
       AND kind = 'project' AND status IN ('planned', 'in_progress', 'paused') AND due_date IS NULL
     ORDER BY created_at, id`,
  ).all(ctx.programmeId) as { id: string; what: string }[];
  for (const a of actions)
    items.push({
      label: { sv: `Aktivitet: ${a.what}`, en: `Action: ${a.what}` },
      route: ['actions', a.id],
    });
  return fromItems(items);
};

/** F14: a goal with an indicator named but no starting point to measure change from. */
const indicatorNoBaseline: Evaluator = (ctx) =>
  fromItems(
    goalRows(ctx)
      .filter(
        (g) =>
          g.indicatorName.trim() !== '' && (g.baselineValue === null || g.baselineDate === null),
      )
      .map((g) => ({ label: same(`${g.text} (${g.indicatorName})`), route: ['goals', g.id] })),
  );

/**
 * F11: a yellow or red goal needs a word on why. A status set by hand always carries its comment;
 * a computed one is explained by the comment on the latest measurement.
 */
const statusWithoutComment: Evaluator = (ctx) => {
  const latestComment = cachedStatement(
    ctx.db,
    `SELECT comment FROM goal_measurements WHERE goal_id = ? AND deleted_at IS NULL
     ORDER BY date DESC, created_at DESC, id DESC LIMIT 1`,
  );
  const items = goalRows(ctx)
    .filter(
      (g) => (g.status.status === 'yellow' || g.status.status === 'red') && !g.status.overridden,
    )
    .filter((g) => {
      const row = latestComment.get(g.id) as { comment: string } | undefined;
      return (row?.comment ?? '').trim() === '';
    })
    .map((g) => ({ label: same(`${g.status.icon} ${g.text}`), route: ['goals', g.id] }));
  return fromItems(items);
};

export const goalChecks = {
  'too-many-goals': tooManyGoals,
  'goal-not-measurable': goalNotMeasurable,
  'goal-not-influenceable': goalNotInfluenceable,
  'horizon-missing': horizonMissing,
  'goal-levels-unlinked': goalLevelsUnlinked,
  'indicator-no-baseline': indicatorNoBaseline,
  'status-without-comment': statusWithoutComment,
};
