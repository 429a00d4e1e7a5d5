// Runs in: vitest (Node). The dispatcher every transport uses: validation, unknown methods, errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/core/api';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { contract } from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

let ctx: TestContext;
let dispatch: Dispatch;
const count = (table: string) =>
  (ctx.db!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(() => {
  ctx = makeTestContext();
  dispatch = createDispatcher(ctx, handlers);
});
afterEach(() => ctx.cleanup());

describe('dispatcher', () => {
  it('implements every method of the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('answers a valid call with ok and the value', async () => {
    const created = await dispatch('stakeholders:create', {
      name: 'Anna Öberg',
      categories: ['politician', 'school'],
    });
    expect(created.ok).toBe(true);
    const listed = await dispatch('stakeholders:list', {});
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('rejects an unknown method with a typed error and writes nothing', async () => {
    const result = await dispatch('stakeholders:dropAll', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch({ toString: () => 'x' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await dispatch('constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('rejects malformed input with VALIDATION, field messages in Swedish, and no row written', async () => {
    const result = await dispatch('stakeholders:create', {
      name: '',
      email: 'inte-en-adress',
      categories: ['pirates'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toMatch(/Kontrollera/);
    expect(Object.keys(result.error.fields ?? {})).toEqual(
      expect.arrayContaining(['name', 'email']),
    );
    expect(count('stakeholders')).toBe(0);
    for (const bad of [null, 42, 'text', [1, 2], { name: 7 }]) {
      const r = await dispatch('visits:create', bad);
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(count('visits')).toBe(0);
  });

  it('speaks English when the UI language is English', async () => {
    ctx.language = 'en';
    const result = await dispatch('stakeholders:create', { name: 5 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/Check the marked fields/) },
    });
  });

  it('turns handler failures into typed errors', async () => {
    const custom = createDispatcher(ctx, {
      ...handlers,
      'stakeholders:get': () => {
        throw new AppFailure('NOT_FOUND');
      },
      'stakeholders:list': () => {
        ctx
          .db!.prepare(
            'INSERT INTO localities (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
          )
          .run('a', 'X', 'n', 'n');
        ctx
          .db!.prepare(
            'INSERT INTO localities (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
          )
          .run('b', 'x', 'n', 'n');
        return { rows: [], total: 0, offset: 0 };
      },
      'stakeholders:lookup': () => {
        throw new TypeError('boom');
      },
    } as Handlers);
    expect(await custom('stakeholders:get', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await custom('stakeholders:list', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await custom('stakeholders:lookup', { query: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('refuses other writes while an import holds the database, but still answers reads', async () => {
    ctx.writeLock = 'session-1';
    expect(await dispatch('stakeholders:create', { name: 'Per' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await dispatch('stakeholders:list', {})).toMatchObject({ ok: true });
    ctx.writeLock = null;
    expect(await dispatch('stakeholders:create', { name: 'Per' })).toMatchObject({ ok: true });
  });

  it('answers every method without a database with a clear error instead of crashing', async () => {
    ctx.db!.close();
    ctx.db = null;
    ctx.problem = { code: 'DATABASE_DAMAGED', message: 'skadad' };
    const r = await dispatch('companies:list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    expect(await dispatch('app:info', {})).toMatchObject({
      ok: true,
      value: { problem: { code: 'DATABASE_DAMAGED' } },
    });
  });
});
