// Runs in: vitest (Node). A dispatcher over the communication and trash handlers, with the rows
// communication hangs on (a programme with a "why", actions done and not, a reached goal, a goal
// without measurements, politicians) written directly.
import { communicationHandlers } from '../../../electron/core/communication/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { trashHandlers } from '../../../electron/core/trash/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface CommunicationHarness {
  ctx: TestContext;
  programmeId: string;
  actions: { done: string; planned: string };
  goals: { reached: string; unmeasured: string };
  stakeholders: { chair: string; deputy: string };
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodResult<K>>;
  fail<K extends MethodName>(method: K, input: MethodInput<K>): Promise<AppError>;
}

const now = '2026-01-10T09:00:00.000Z';

export function makeCommunicationHarness(): CommunicationHarness {
  const ctx = makeTestContext();
  const db = ctx.db!;
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    `INSERT INTO programmes (id, name, period_start, period_end, is_current, why_text, created_at,
       updated_at)
     VALUES ('prog', 'Näringslivsprogram 2026–2029', '2026', '2029', 1,
       'Fler jobb och fler företag i hela kommunen.', ?, ?)`,
    now,
    now,
  );
  const action = (id: string, what: string, status: string, why: string) =>
    run(
      `INSERT INTO actions (id, programme_id, what, why, status, last_update_at, created_at,
         updated_at)
       VALUES (?, 'prog', ?, ?, ?, ?, ?, ?)`,
      id,
      what,
      why,
      status,
      now,
      now,
      now,
    );
  action('act-done', 'Praktikmässa för gymnasiets yrkesprogram', 'done', 'Eleverna ska se jobben.');
  action('act-planned', 'Företagslots för tillståndsfrågor', 'planned', '');
  run(
    `INSERT INTO goals (id, programme_id, text, achieved_at, created_at, updated_at)
     VALUES ('goal-reached', 'prog', '60 praktikplatser per år', '2026-01-05', ?, ?)`,
    now,
    now,
  );
  run(
    `INSERT INTO goals (id, programme_id, text, created_at, updated_at)
     VALUES ('goal-open', 'prog', 'Fler nya företag i byarna', ?, ?)`,
    now,
    now,
  );
  const person = (id: string, name: string) =>
    run(
      `INSERT INTO stakeholders (id, kind, name, organisation, created_at, updated_at)
       VALUES (?, 'person', ?, 'Exempelkommun', ?, ?)`,
      id,
      name,
      now,
      now,
    );
  person('st-chair', 'Karin Lind');
  person('st-deputy', 'Per Holm');

  const dispatch = createDispatcher(ctx, {
    ...communicationHandlers,
    ...trashHandlers,
  } as unknown as Handlers);
  return {
    ctx,
    programmeId: 'prog',
    actions: { done: 'act-done', planned: 'act-planned' },
    goals: { reached: 'goal-reached', unmeasured: 'goal-open' },
    stakeholders: { chair: 'st-chair', deputy: 'st-deputy' },
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

export const planItem = {
  message: 'Frukostmöte om vad programmet har gett hittills',
  audiences: ['companies' as const],
  channel: 'breakfast' as const,
  plannedDate: '2026-03-12',
};
