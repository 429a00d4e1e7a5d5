// Runs in: vitest (Node). A dispatcher over the staircase, self-image and goal-picture handlers,
// with the rows they hang on (a programme, stakeholders, companies, a visit) written directly so
// these tests do not depend on the other features' handlers.
import { createDispatcher } from '../../../electron/core/dispatcher';
import { goalPictureHandlers } from '../../../electron/core/goalPicture/handlers';
import type { Handlers } from '../../../electron/core/handlers';
import { selfImageHandlers } from '../../../electron/core/selfImage/handlers';
import { staircaseHandlers } from '../../../electron/core/staircase/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface ClimateHarness {
  ctx: TestContext;
  run(sql: string, ...params: unknown[]): void;
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodResult<K>>;
  fail<K extends MethodName>(method: K, input: MethodInput<K>): Promise<AppError>;
}

const now = '2026-01-10T09:00:00.000Z';

export function makeClimateHarness(): ClimateHarness {
  const ctx = makeTestContext();
  const db = ctx.db!;
  const run = (sql: string, ...params: unknown[]) => {
    db.prepare(sql).run(...params);
  };
  run(
    `INSERT INTO programmes (id, name, period_start, period_end, is_current, created_at, updated_at)
     VALUES ('prog', 'Näringslivsprogram 2026–2029', '2026', '2029', 1, ?, ?)`,
    now,
    now,
  );
  const person = (id: string, name: string, keyActor: number) =>
    run(
      `INSERT INTO stakeholders (id, kind, name, organisation, key_actor, created_at, updated_at)
       VALUES (?, 'person', ?, 'Exempelkommun', ?, ?, ?)`,
      id,
      name,
      keyActor,
      now,
      now,
    );
  person('st-anna', 'Anna Öberg', 1);
  person('st-bo', 'Bo Ek', 1);
  person('st-cecilia', 'Cecilia Ahl', 0);
  person('st-dan', 'Dan Berg', 1);
  run(
    `INSERT INTO companies (id, name, org_number, created_at, updated_at)
     VALUES ('co-tra', 'Exeby Trä AB', '556016-0680', ?, ?), ('co-bygg', 'Byggarna i Exeby AB', NULL, ?, ?)`,
    now,
    now,
    now,
    now,
  );
  run(
    `INSERT INTO visits (id, company_id, visit_date, created_at, updated_at)
     VALUES ('visit', 'co-tra', '2026-01-05', ?, ?)`,
    now,
    now,
  );
  const handlers = { ...staircaseHandlers, ...selfImageHandlers, ...goalPictureHandlers };
  const dispatch = createDispatcher(ctx, handlers as unknown as Handlers);
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
