// Runs in: vitest (Node). A dispatcher over only the action-plan handlers, with the rows actions
// hang on (programme, focus areas, goals, a visit with obstacles, stakeholders) written directly,
// so these tests do not depend on the other features' handlers.
import { actionsHandlers } from '../../../electron/core/actions/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface ActionsHarness {
  ctx: TestContext;
  programmeId: string;
  areas: { competence: string; service: string };
  goals: { internships: string; permits: string };
  visitId: string;
  obstacleIds: [string, string];
  stakeholders: { anna: string; bo: string };
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodResult<K>>;
  fail<K extends MethodName>(method: K, input: MethodInput<K>): Promise<AppError>;
}

const now = '2026-01-10T09:00:00.000Z';

export function makeActionsHarness(): ActionsHarness {
  const ctx = makeTestContext();
  const db = ctx.db!;
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    `INSERT INTO programmes (id, name, period_start, period_end, is_current, created_at, updated_at)
     VALUES ('prog', 'Näringslivsprogram 2026–2029', '2026', '2029', 1, ?, ?)`,
    now,
    now,
  );
  const area = (id: string, name: string, priority: number) =>
    run(
      `INSERT INTO focus_areas (id, programme_id, name, priority, created_at, updated_at)
       VALUES (?, 'prog', ?, ?, ?, ?)`,
      id,
      name,
      priority,
      now,
      now,
    );
  area('fa-competence', 'Kompetensförsörjning', 1);
  area('fa-service', 'Service och bemötande', 2);
  const goal = (id: string, areaId: string, text: string) =>
    run(
      `INSERT INTO goals (id, programme_id, focus_area_id, text, created_at, updated_at)
       VALUES (?, 'prog', ?, ?, ?, ?)`,
      id,
      areaId,
      text,
      now,
      now,
    );
  goal('goal-internships', 'fa-competence', '60 praktikplatser per år');
  goal('goal-permits', 'fa-service', 'Bygglov inom 21 dagar');
  const person = (id: string, name: string) =>
    run(
      `INSERT INTO stakeholders (id, kind, name, organisation, created_at, updated_at)
       VALUES (?, 'person', ?, 'Exempelkommun', ?, ?)`,
      id,
      name,
      now,
      now,
    );
  person('st-anna', 'Anna Öberg');
  person('st-bo', 'Bo Ek');
  run(
    `INSERT INTO companies (id, name, created_at, updated_at) VALUES ('co', 'Exeby Trä AB', ?, ?)`,
    now,
    now,
  );
  run(
    `INSERT INTO visits (id, company_id, visit_date, created_at, updated_at)
     VALUES ('visit', 'co', '2026-01-05', ?, ?)`,
    now,
    now,
  );
  const obstacle = (id: string, text: string) =>
    run(
      `INSERT INTO visit_obstacles (id, visit_id, text, created_at, updated_at)
       VALUES (?, 'visit', ?, ?, ?)`,
      id,
      text,
      now,
      now,
    );
  obstacle('obs-welders', 'Svårt att rekrytera svetsare');
  obstacle('obs-permits', 'Lång handläggningstid för bygglov');

  const dispatch = createDispatcher(ctx, actionsHandlers as unknown as Handlers);
  return {
    ctx,
    programmeId: 'prog',
    areas: { competence: 'fa-competence', service: 'fa-service' },
    goals: { internships: 'goal-internships', permits: 'goal-permits' },
    visitId: 'visit',
    obstacleIds: ['obs-welders', 'obs-permits'],
    stakeholders: { anna: 'st-anna', bo: 'st-bo' },
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

/** A complete action: who, what, when, how and why. */
export const completeAction = {
  what: 'Svetsutbildning på Lärcentrum',
  why: 'Företagen kan inte anställa svetsare.',
  how: 'YH-kurs med praktik hos tre företag.',
  responsibleName: 'Lärcentrum Exeby',
  dueDate: '2026-12-31',
};
