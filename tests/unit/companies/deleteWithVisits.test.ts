// Runs in: vitest (Node). A company in the trash takes its visits along, and brings them back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/core/api';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatcher';
import { makeTestContext, type TestContext } from '../helpers/testContext';

let ctx: TestContext;
let call: Dispatch;
beforeEach(() => {
  ctx = makeTestContext();
  call = createDispatcher(ctx, handlers);
});
afterEach(() => ctx.cleanup());

const value = <T>(r: { ok: boolean; value?: unknown }): T => {
  expect(r.ok).toBe(true);
  return r.value as T;
};

describe('company delete and its visits', () => {
  it('trashes the visits with the company and restores them together; a rename re-indexes visits', async () => {
    const company = value<{ id: string }>(
      await call('companies:create', { name: 'Norrviks Bageri AB' }),
    );
    const visit = value<{ id: string }>(
      await call('visits:create', {
        companyId: company.id,
        visitDate: '2026-10-01',
        notes: 'Surdeg och lokaler',
      }),
    );
    value(await call('companies:update', { id: company.id, name: 'Norrviks Stenugnsbageri AB' }));
    const hits = value<{ kind: string; id: string }[]>(
      await call('search:global', { query: 'stenugnsbageri' }),
    );
    expect(hits.map((h) => h.id)).toContain(visit.id);

    value(await call('companies:delete', { id: company.id }));
    expect(value<{ total: number }>(await call('visits:list', {})).total).toBe(0);
    expect(value<{ id: string }[]>(await call('search:global', { query: 'surdeg' }))).toEqual([]);

    value(await call('trash:restore', { kind: 'company', id: company.id }));
    expect(value<{ total: number }>(await call('visits:list', {})).total).toBe(1);
    expect(
      value<{ id: string }[]>(await call('search:global', { query: 'surdeg' })).map((h) => h.id),
    ).toContain(visit.id);
  });
});
