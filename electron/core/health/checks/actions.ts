// Runs in: main process / Node. Health checks on the action plan: who, what, when, how and why
// (I13, P07), a responsible (I37), realistic against challenging (I15), stalled actions (I16),
// costs above plan (F19) and meetings against finished actions (I29).
import { stalledCutoff } from '../../../../shared/domain/actions';
import type { Localized } from '../../../../shared/domain/goals';
import { INCOMPLETE_SQL, STALLED_SQL } from '../../actions/list';
import { ROW_FROM } from '../../actions/queries';
import { stalledDays } from '../../actions/settings';
import { cachedStatement } from '../../search/cachedStatement';
import { type Evaluator, fromItems, type HealthContext, notApplicable, same } from '../types';
import { actionsFinishedInYear, meetingsHeldInYear } from './meetings';

type ActionRef = { id: string; what: string };
const toItems = (rows: ActionRef[]) =>
  rows.map((r) => ({ label: same(r.what), route: ['actions', r.id] }));

const live = `${ROW_FROM} WHERE a.programme_id = ? AND a.deleted_at IS NULL`;

/** Same rule as the action plan's "incomplete" filter, so the numbers agree. */
const actionIncomplete: Evaluator = ({ db, programmeId }) =>
  fromItems(
    toItems(
      cachedStatement(
        db,
        `SELECT a.id, a.what ${live} AND ${INCOMPLETE_SQL} ORDER BY a.created_at, a.id`,
      ).all(programmeId) as ActionRef[],
    ),
  );

const actionNoResponsible: Evaluator = ({ db, programmeId }) =>
  fromItems(
    toItems(
      cachedStatement(
        db,
        `SELECT a.id, a.what ${live} AND a.status <> 'dropped'
           AND coalesce(s.name, nullif(trim(a.responsible_name), '')) IS NULL
         ORDER BY a.created_at, a.id`,
      ).all(programmeId) as ActionRef[],
    ),
  );

/** Under this many assessed actions a balance says little. */
export const BALANCE_MIN_ASSESSED = 4;

/**
 * I15: challenging = high ambition or uncertain realism. A plan of only safe actions asks for one
 * challenge; a plan where more than half are challenging asks whether it is realistic.
 */
const realismBalance: Evaluator = ({ db, programmeId }) => {
  const rows = cachedStatement(
    db,
    `SELECT a.id, a.what, a.realism, a.ambition ${live} AND a.status <> 'dropped'
     ORDER BY a.created_at, a.id`,
  ).all(programmeId) as (ActionRef & { realism: number | null; ambition: number | null })[];
  if (rows.length === 0) {
    return notApplicable({
      sv: 'Handlingsplanen har inga aktiviteter än.',
      en: 'The action plan has no actions yet.',
    });
  }
  const assessed = rows.filter((r) => r.realism !== null || r.ambition !== null);
  const unassessed = rows.filter((r) => r.realism === null && r.ambition === null);
  if (assessed.length < BALANCE_MIN_ASSESSED) {
    const detail: Localized = {
      sv: `${assessed.length} av ${rows.length} aktiviteter är bedömda som realistiska eller utmanande. Bedöm fler för att se balansen.`,
      en: `${assessed.length} of ${rows.length} actions are assessed as realistic or challenging. Assess more to see the balance.`,
    };
    return { ...fromItems(toItems(unassessed), detail), status: 'attention' };
  }
  const challenging = assessed.filter((r) => r.ambition === 3 || r.realism === 1);
  if (challenging.length === 0) {
    return {
      status: 'attention',
      count: 0,
      items: [],
      detail: {
        sv: `Alla ${assessed.length} bedömda aktiviteter är trygga. Lägg gärna till någon som utmanar.`,
        en: `All ${assessed.length} assessed actions are safe. Consider adding one that stretches.`,
      },
    };
  }
  if (challenging.length * 2 > assessed.length) {
    return {
      ...fromItems(toItems(challenging)),
      detail: {
        sv: `${challenging.length} av ${assessed.length} bedömda aktiviteter är utmanande. Är planen realistisk att klara?`,
        en: `${challenging.length} of ${assessed.length} assessed actions are challenging. Is the plan realistic?`,
      },
    };
  }
  return {
    status: 'ok',
    count: 0,
    items: [],
    detail: {
      sv: `${challenging.length} utmanande och ${assessed.length - challenging.length} realistiska aktiviteter.`,
      en: `${challenging.length} challenging and ${assessed.length - challenging.length} realistic actions.`,
    },
  };
};

export function stalledActions(ctx: HealthContext): (ActionRef & { lastUpdateAt: string })[] {
  return cachedStatement(
    ctx.db,
    `SELECT a.id, a.what, a.last_update_at AS lastUpdateAt ${live} AND ${STALLED_SQL}
     ORDER BY a.last_update_at, a.id`,
  ).all(ctx.programmeId, stalledCutoff(ctx.today, stalledDays(ctx.db))) as (ActionRef & {
    lastUpdateAt: string;
  })[];
}

const stalled: Evaluator = (ctx) => {
  const days = stalledDays(ctx.db);
  return fromItems(toItems(stalledActions(ctx)), {
    sv: `Aktiviteter som pågår eller är planerade och inte har uppdaterats på ${days} dagar.`,
    en: `Planned or ongoing actions not updated for ${days} days.`,
  });
};

const costsOverPlan: Evaluator = ({ db, programmeId }) =>
  fromItems(
    toItems(
      cachedStatement(
        db,
        `SELECT a.id, a.what ${live}
           AND ((a.cost_planned IS NOT NULL AND coalesce(a.cost_spent, 0) > a.cost_planned)
             OR (a.hours_planned IS NOT NULL AND coalesce(a.hours_spent, 0) > a.hours_planned))
         ORDER BY a.created_at, a.id`,
      ).all(programmeId) as ActionRef[],
    ),
  );

/**
 * I29: more meetings than results is the sign to change how the work is done. Attention when the
 * year has meetings but no finished action, or more than three meetings per finished action.
 */
export const MEETINGS_PER_RESULT = 3;

const meetingsVsResults: Evaluator = (ctx) => {
  const year = Number(ctx.today.slice(0, 4));
  const meetings = meetingsHeldInYear(ctx, year);
  if (meetings === null) {
    return notApplicable({
      sv: 'Möten registreras inte i den här databasen ännu.',
      en: 'Meetings are not recorded in this database yet.',
    });
  }
  const finished = actionsFinishedInYear(ctx, year);
  const detail: Localized = {
    sv: `${year}: ${meetings} möten och ${finished} avslutade aktiviteter.`,
    en: `${year}: ${meetings} meetings and ${finished} finished actions.`,
  };
  const attention = meetings > 0 && (finished === 0 || meetings > finished * MEETINGS_PER_RESULT);
  return {
    status: attention ? 'attention' : 'ok',
    count: attention ? meetings : 0,
    items: attention ? [{ label: detail, route: ['actions'] }] : [],
    detail,
  };
};

export const actionChecks = {
  'action-incomplete': actionIncomplete,
  'action-no-responsible': actionNoResponsible,
  'realism-balance': realismBalance,
  'stalled-actions': stalled,
  'costs-over-plan': costsOverPlan,
  'meetings-vs-results': meetingsVsResults,
};
