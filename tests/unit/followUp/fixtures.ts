// Runs in: vitest (Node). A programme with focus areas, goals (one measured), actions and a person,
// written directly, and a dispatcher over the follow-up, red-thread and action-plan handlers.
import { actionsHandlers } from '../../../electron/core/actions/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import { followUpHandlers } from '../../../electron/core/followUp/handlers';
import type { Handlers } from '../../../electron/core/handlers';
import { redThreadHandlers } from '../../../electron/core/redThread/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface FollowUpHarness {
  ctx: TestContext;
  run(sql: string, ...params: unknown[]): void;
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodResult<K>>;
  fail<K extends MethodName>(method: K, input: MethodInput<K>): Promise<AppError>;
}

export const at = '2025-01-10T09:00:00.000Z';

/**
 * Programme 'prog' (2025–2028, vision and why written) with focus areas 'fa-comp' (responsible,
 * why) and 'fa-serv'; goals 'g-intern' (measured, green) and 'g-permit' (no indicator); actions
 * 'a-weld' (goal, why), 'a-fair' (done), 'a-bus' (dropped), 'a-loose' (no goal, no why).
 */
export function makeFollowUpHarness(): FollowUpHarness {
  const ctx = makeTestContext();
  const db = ctx.db!;
  const run = (sql: string, ...params: unknown[]) => void db.prepare(sql).run(...params);
  run(
    `INSERT INTO programmes (id, name, period_start, period_end, is_current, why_text, vision_text,
       created_at, updated_at)
     VALUES ('prog', 'Näringslivsprogram 2025–2028', '2025', '2028', 1, 'Fler jobb i bygden.',
       'Exeby – där företag vill växa.', ?, ?)`,
    at,
    at,
  );
  run(
    `INSERT INTO stakeholders (id, kind, name, organisation, created_at, updated_at)
     VALUES ('st-anna', 'person', 'Anna Öberg', 'Exeby kommun', ?, ?)`,
    at,
    at,
  );
  run(
    `INSERT INTO focus_areas (id, programme_id, name, priority, why, responsible_name, created_at,
       updated_at)
     VALUES ('fa-comp', 'prog', 'Kompetensförsörjning', 1, 'Företagen hittar inte folk.', 'Anna',
       ?, ?), ('fa-serv', 'prog', 'Service och bemötande', 2, '', '', ?, ?)`,
    at,
    at,
    at,
    at,
  );
  run(
    `INSERT INTO goals (id, programme_id, focus_area_id, text, why, indicator_name, indicator_unit,
       baseline_value, baseline_date, target_value, target_date, created_at, updated_at)
     VALUES ('g-intern', 'prog', 'fa-comp', '60 praktikplatser per år', 'Unga ska stanna.',
       'Praktikplatser', 'st', 20, '2025-01-01', 60, '2026-12-31', ?, ?)`,
    at,
    at,
  );
  run(
    `INSERT INTO goals (id, programme_id, focus_area_id, text, why, created_at, updated_at)
     VALUES ('g-permit', 'prog', 'fa-comp', 'Snabbare bygglov', 'Företag ska kunna bygga.', ?, ?)`,
    at,
    at,
  );
  run(
    `INSERT INTO goal_measurements (id, goal_id, date, value, created_at, updated_at)
     VALUES ('m1', 'g-intern', '2025-06-30', 45, ?, ?), ('m2', 'g-intern', '2026-06-30', 25, ?, ?)`,
    at,
    at,
    at,
    at,
  );
  const action = (
    id: string,
    what: string,
    status: string,
    why: string,
    updated: string,
    extra = '',
  ) =>
    run(
      `INSERT INTO actions (id, programme_id, focus_area_id, what, why, status, dropped_reason,
         last_update_at, created_at, updated_at)
       VALUES (?, 'prog', 'fa-comp', ?, ?, ?, ?, ?, ?, ?)`,
      id,
      what,
      why,
      status,
      extra,
      updated,
      at,
      updated,
    );
  action('a-weld', 'Svetsutbildning', 'in_progress', 'Brist på svetsare.', '2025-05-01T08:00:00Z');
  action('a-fair', 'Jobbmässa', 'done', 'Visa jobben.', '2025-05-20T08:00:00Z');
  action(
    'a-bus',
    'Företagsbuss',
    'dropped',
    'Visa bygden.',
    '2025-06-01T08:00:00Z',
    'För få anmälda.',
  );
  action('a-loose', 'Frukostmöten', 'planned', '', '2025-04-01T08:00:00Z');
  run(
    `INSERT INTO action_goals (action_id, goal_id, created_at, updated_at)
     VALUES ('a-weld', 'g-intern', ?, ?), ('a-fair', 'g-intern', ?, ?), ('a-bus', 'g-permit', ?, ?)`,
    at,
    at,
    at,
    at,
    at,
    at,
  );

  const dispatch = createDispatcher(ctx, {
    ...actionsHandlers,
    ...followUpHandlers,
    ...redThreadHandlers,
  } as unknown as Handlers);
  return {
    ctx,
    run,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await dispatch(method, input);
      if (result.ok) throw new Error(`${method} should have failed`);
      return result.error;
    },
  };
}
