// Runs in: vitest (Node). Records of the later features (programmes, anchoring, insights …) lie in
// the same trash: listed, restored, and erased together with what only belongs to them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/core/api';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatcher';
import { presentKinds, trashRegistry } from '../../../electron/core/trash/registry';
import { trashKindIds } from '../../../shared/domain/trash';
import { makeTestContext, type TestContext } from '../helpers/testContext';

let ctx: TestContext;
let call: Dispatch;
beforeEach(() => {
  ctx = makeTestContext();
  call = createDispatcher(ctx, handlers);
});
afterEach(() => ctx.cleanup());

const ok = <T>(r: { ok: boolean; value?: unknown }): T => {
  expect(r).toMatchObject({ ok: true });
  return r.value as T;
};
const count = (sql: string, ...p: unknown[]) =>
  ctx
    .db!.prepare(sql)
    .pluck()
    .get(...p) as number;

describe('trash of every kind', () => {
  it('knows a table for every kind, and every table exists after the migrations', () => {
    expect(Object.keys(trashRegistry).sort()).toEqual([...trashKindIds].sort());
    expect(presentKinds(ctx.db!).sort()).toEqual([...trashKindIds].sort());
  });

  it('lists, restores and erases a programme with its process state', async () => {
    const programme = ok<{ id: string }>(
      await call('programmes:create', {
        name: 'Tillväxtprogram Åsbacka',
        periodStart: '2027',
        periodEnd: '2030',
      }),
    );
    ok(
      await call('process:setStep', {
        programmeId: programme.id,
        stepId: 'kick-off',
        status: 'in_progress',
      }),
    );
    ok(await call('programmes:delete', { id: programme.id }));
    const listed = ok<{ rows: { kind: string; title: string }[] }>(await call('trash:list', {}));
    expect(listed.rows).toEqual([
      expect.objectContaining({ kind: 'programme', title: 'Tillväxtprogram Åsbacka' }),
    ]);
    ok(await call('trash:restore', { kind: 'programme', id: programme.id }));
    expect(ok<{ total: number }>(await call('trash:list', {})).total).toBe(0);
    ok(await call('programmes:delete', { id: programme.id }));
    ok(await call('trash:purge', { kind: 'programme', id: programme.id }));
    expect(count('SELECT count(*) FROM programmes')).toBe(0);
    expect(
      count('SELECT count(*) FROM process_step_states WHERE programme_id = ?', programme.id),
    ).toBe(0);
    expect(
      count("SELECT count(*) FROM audit_log WHERE action = 'erase' AND entity = 'programme'"),
    ).toBe(1);
  });
});
