// Runs in: vitest (Node). A dispatcher over the programme-text and action-plan handlers, on a
// programme with two focus areas, goals, a few actions and stakeholders written directly.
import { actionsHandlers } from '../../../electron/core/actions/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { programmeTextHandlers } from '../../../electron/core/programmeText/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface ProgrammeTextHarness {
  ctx: TestContext;
  programmeId: string;
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodResult<K>>;
  fail<K extends MethodName>(method: K, input: MethodInput<K>): Promise<AppError>;
}

const now = '2026-01-10T09:00:00.000Z';

export function makeProgrammeTextHarness(): ProgrammeTextHarness {
  const ctx = makeTestContext();
  const db = ctx.db!;
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    `INSERT INTO programmes (id, name, period_start, period_end, is_current, why_text, vision_text,
       created_at, updated_at)
     VALUES ('prog', 'Näringslivsprogram 2026–2029', '2026', '2029', 1,
       'Företagen behöver personal.', 'En plats där företag vill växa.', ?, ?)`,
    now,
    now,
  );
  run(
    `INSERT INTO focus_areas (id, programme_id, name, priority, why, agenda2030, brand_note,
       created_at, updated_at)
     VALUES ('fa-comp', 'prog', 'Kompetensförsörjning', 1, 'Bristen på personal.', '[4,8]', '', ?, ?),
            ('fa-serv', 'prog', 'Service och bemötande', 2, '', '[]', 'Snabba besked syns.', ?, ?)`,
    now,
    now,
    now,
    now,
  );
  run(
    `INSERT INTO goals (id, programme_id, focus_area_id, text, horizon, indicator_name,
       indicator_unit, baseline_value, baseline_date, target_value, target_date, created_at,
       updated_at)
     VALUES ('g1', 'prog', 'fa-comp', '60 praktikplatser per år', 'long', 'Praktikplatser', 'st',
       35, '2025-12-31', 60, '2029-12-31', ?, ?),
            ('g2', 'prog', 'fa-serv', 'Bygglov inom 21 dagar', 'short', 'Handläggningstid',
       'dagar', 42, '2025-12-31', 21, '2027-12-31', ?, ?)`,
    now,
    now,
    now,
    now,
  );
  run(
    `INSERT INTO stakeholders (id, kind, name, organisation, created_at, updated_at)
     VALUES ('st-anna', 'person', 'Anna Öberg', 'Exempelkommun', ?, ?),
            ('st-bo', 'person', 'Bo Ek', 'Lärcentrum Exeby', ?, ?)`,
    now,
    now,
    now,
    now,
  );
  const action = (
    id: string,
    area: string,
    what: string,
    who: string | null,
    name: string,
    kind: string,
    status = 'planned',
  ) =>
    run(
      `INSERT INTO actions (id, programme_id, focus_area_id, what, responsible_stakeholder_id,
         responsible_name, responsible_org_kind, start_date, due_date, status, dropped_reason,
         last_update_at, created_at, updated_at)
       VALUES (?, 'prog', ?, ?, ?, ?, ?, '2026-03-01', '2027-06-30', ?, ?, ?, ?, ?)`,
      id,
      area,
      what,
      who,
      name,
      kind,
      status,
      status === 'dropped' ? 'Ingen budget.' : '',
      now,
      now,
      now,
    );
  action('a1', 'fa-serv', 'E-tjänst för bygglov', 'st-anna', 'Anna Öberg', 'municipality');
  action('a2', 'fa-serv', 'Företagslots', 'st-anna', 'Anna Öberg', 'municipality');
  action('a3', 'fa-comp', 'Svetsutbildning', 'st-bo', 'Bo Ek', 'other');
  action('a4', 'fa-comp', 'Praktikmässa', null, 'Företagarna  Exeby', 'other');
  action('a5', 'fa-comp', 'Mentorsprogram', null, 'företagarna exeby', 'other');
  action('a6', 'fa-comp', 'Yrkesdag', null, '', 'municipality');
  action('a7', 'fa-comp', 'Inställd mässa', 'st-bo', 'Bo Ek', 'other', 'dropped');

  const handlers = { ...actionsHandlers, ...programmeTextHandlers } as unknown as Handlers;
  const dispatch = createDispatcher(ctx, handlers);
  return {
    ctx,
    programmeId: 'prog',
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
