// Runs in: vitest (Node). A dispatcher over only the focus-area and goal handlers, and a programme
// row to hang them on (written directly, so these tests do not depend on the process feature).
import { createDispatcher } from '../../../electron/core/dispatcher';
import { focusAreasHandlers } from '../../../electron/core/focusAreas/handlers';
import { goalsHandlers } from '../../../electron/core/goals/handlers';
import type { Handlers } from '../../../electron/core/handlers';
import { newId } from '../../../electron/core/db/clock';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface GoalsHarness {
  ctx: TestContext;
  programmeId: string;
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodResult<K>>;
  fail<K extends MethodName>(method: K, input: MethodInput<K>): Promise<AppError>;
}

export function insertProgramme(ctx: TestContext, name = 'Näringslivsprogram 2025–2028'): string {
  const id = newId();
  const now = new Date().toISOString();
  ctx
    .db!.prepare(
      `INSERT INTO programmes (id, name, period_start, period_end, is_current, created_at, updated_at)
     VALUES (?, ?, '2025', '2028', 0, ?, ?)`,
    )
    .run(id, name, now, now);
  return id;
}

export function makeGoalsHarness(): GoalsHarness {
  const ctx = makeTestContext();
  const dispatch = createDispatcher(ctx, {
    ...focusAreasHandlers,
    ...goalsHandlers,
  } as unknown as Handlers);
  return {
    ctx,
    programmeId: insertProgramme(ctx),
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
