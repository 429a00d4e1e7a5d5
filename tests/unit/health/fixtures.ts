// Runs in: vitest (Node). A database with one current programme, rows written directly, and the
// health evaluators run on it by id.
import type { HealthFinding } from '../../../shared/domain/health';
import { healthEvaluators } from '../../../electron/core/health/registry';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export const TODAY = '2026-06-15';
const now = '2026-01-10T09:00:00.000Z';

export interface HealthHarness {
  ctx: TestContext;
  programmeId: string;
  run(sql: string, ...params: unknown[]): void;
  check(id: string, today?: string): HealthFinding;
  stakeholder(id: string, name: string, categories?: string[], flags?: Partial<Flags>): void;
  focusArea(id: string, name: string, fields?: Record<string, unknown>): void;
  goal(
    id: string,
    focusAreaId: string | null,
    text: string,
    fields?: Record<string, unknown>,
  ): void;
  action(id: string, what: string, fields?: Record<string, unknown>): void;
}

interface Flags {
  keyActor: boolean;
  champion: boolean;
  locality: string;
}

function insert(
  run: HealthHarness['run'],
  table: string,
  base: Record<string, unknown>,
  fields: Record<string, unknown>,
) {
  const row = { ...base, ...fields, created_at: now, updated_at: now };
  const columns = Object.keys(row);
  run(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ...Object.values(row),
  );
}

export function makeHealthHarness(): HealthHarness {
  const ctx = makeTestContext();
  const db = ctx.db!;
  const run: HealthHarness['run'] = (sql, ...params) => {
    db.prepare(sql).run(...params);
  };
  run(
    `INSERT INTO programmes (id, name, period_start, period_end, is_current, created_at, updated_at)
     VALUES ('prog', 'Näringslivsprogram 2026–2029', '2026', '2029', 1, ?, ?)`,
    now,
    now,
  );
  return {
    ctx,
    programmeId: 'prog',
    run,
    check(id, today = TODAY) {
      const evaluator = healthEvaluators[id];
      if (!evaluator) throw new Error(`no evaluator ${id}`);
      return evaluator({ db, programmeId: 'prog', today });
    },
    stakeholder(id, name, categories = [], flags = {}) {
      insert(
        run,
        'stakeholders',
        {
          id,
          kind: 'person',
          name,
          key_actor: flags.keyActor ? 1 : 0,
          champion: flags.champion ? 1 : 0,
          locality: flags.locality ?? null,
        },
        {},
      );
      for (const category of categories) {
        run(
          `INSERT INTO stakeholder_categories (stakeholder_id, category, created_at)
           VALUES (?, ?, ?)`,
          id,
          category,
          now,
        );
      }
    },
    focusArea(id, name, fields = {}) {
      insert(run, 'focus_areas', { id, programme_id: 'prog', name, priority: 1 }, fields);
    },
    goal(id, focusAreaId, text, fields = {}) {
      insert(run, 'goals', { id, programme_id: 'prog', focus_area_id: focusAreaId, text }, fields);
    },
    action(id, what, fields = {}) {
      insert(
        run,
        'actions',
        { id, programme_id: 'prog', what, last_update_at: '2026-06-01T08:00:00.000Z' },
        fields,
      );
    },
  };
}
