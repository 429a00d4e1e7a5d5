// Runs in: vitest (Node). A dispatcher over the groups, meetings and insights handlers, with the
// rows they hang on (a programme, stakeholders with actor categories) written directly.
import { createDispatcher } from '../../../electron/core/dispatcher';
import { groupsHandlers } from '../../../electron/core/groups/handlers';
import type { Handlers } from '../../../electron/core/handlers';
import { insightsHandlers } from '../../../electron/core/insights/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface GroupsHarness {
  ctx: TestContext;
  programmeId: string;
  people: { anna: string; bo: string; cecilia: string; david: string };
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodResult<K>>;
  fail<K extends MethodName>(method: K, input: MethodInput<K>): Promise<AppError>;
}

const now = '2026-01-10T09:00:00.000Z';

export function makeGroupsHarness(): GroupsHarness {
  const ctx = makeTestContext();
  const db = ctx.db!;
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    `INSERT INTO programmes (id, name, period_start, period_end, is_current, created_at, updated_at)
     VALUES ('prog', 'Näringslivsprogram 2026–2029', '2026', '2029', 1, ?, ?)`,
    now,
    now,
  );
  const person = (id: string, name: string, categories: string[]) => {
    run(
      `INSERT INTO stakeholders (id, kind, name, organisation, created_at, updated_at)
       VALUES (?, 'person', ?, 'Exempelkommun', ?, ?)`,
      id,
      name,
      now,
      now,
    );
    for (const c of categories) {
      run(
        'INSERT INTO stakeholder_categories (stakeholder_id, category, created_at) VALUES (?, ?, ?)',
        id,
        c,
        now,
      );
    }
  };
  person('st-anna', 'Anna Öberg', ['municipal_official']);
  person('st-bo', 'Bo Ek', ['sme', 'business_network']);
  person('st-cecilia', 'Cecilia Lind', ['politician']);
  person('st-david', 'David Nilsson', []);

  const dispatch = createDispatcher(ctx, {
    ...groupsHandlers,
    ...insightsHandlers,
  } as unknown as Handlers);
  return {
    ctx,
    programmeId: 'prog',
    people: { anna: 'st-anna', bo: 'st-bo', cecilia: 'st-cecilia', david: 'st-david' },
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
