// Runs in: vitest (Node). Programmes: create, update (partial), period and leader checks, the
// current flag, delete and restore.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertStakeholder, makeApi, trashStakeholder } from './fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeApi>;

beforeEach(() => {
  ctx = makeTestContext();
  api = makeApi(ctx);
});
afterEach(() => ctx.cleanup());

const first = { name: 'Näringslivsprogram 2027–2030', periodStart: '2027', periodEnd: '2030' };

describe('programmes', () => {
  it('makes the first programme current and leaves a later one alone unless asked', async () => {
    expect(await api.call('programmes:current', {})).toEqual({ programme: null });
    const a = await api.call('programmes:create', first);
    expect(a).toMatchObject({ ...first, status: 'draft', isCurrent: true, ownerBody: '' });

    const b = await api.call('programmes:create', {
      name: 'Revidering 2031–2034',
      periodStart: '2031-01-01',
      periodEnd: '2034-12-31',
    });
    expect(b.isCurrent).toBe(false);
    expect((await api.call('programmes:current', {})).programme?.id).toBe(a.id);

    const c = await api.call('programmes:create', {
      name: 'Ny',
      periodStart: '2035',
      periodEnd: '2038',
      makeCurrent: true,
    });
    expect(c.isCurrent).toBe(true);
    const list = await api.call('programmes:list', {});
    expect(list.total).toBe(3);
    expect(list.rows.filter((r) => r.isCurrent).map((r) => r.id)).toEqual([c.id]);
    expect(list.rows[0]!.id).toBe(c.id);

    await api.call('programmes:setCurrent', { id: b.id });
    const after = await api.call('programmes:list', {});
    expect(after.rows.filter((r) => r.isCurrent).map((r) => r.id)).toEqual([b.id]);
  });

  it('updates only the fields given', async () => {
    const p = await api.call('programmes:create', { ...first, purposeText: 'Fler företag.' });
    const updated = await api.call('programmes:update', {
      id: p.id,
      ownerBody: 'Kommunstyrelsen',
      commissionDecisionRef: 'KS 2026-03-12 § 45',
      status: 'remiss',
    });
    expect(updated).toMatchObject({
      name: first.name,
      purposeText: 'Fler företag.',
      ownerBody: 'Kommunstyrelsen',
      commissionDecisionRef: 'KS 2026-03-12 § 45',
      status: 'remiss',
    });
  });

  it('refuses a period that ends before it starts, in Swedish, on the end field', async () => {
    const err = await api.fail('programmes:create', {
      name: 'Fel',
      periodStart: '2030',
      periodEnd: '2027',
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.periodEnd).toMatch(/sluta innan den börjar/);
    // A one-year programme is a real period.
    await api.call('programmes:create', { name: 'Ett år', periodStart: '2027', periodEnd: '2027' });
    const bad = await api.fail('programmes:create', {
      name: 'Fel format',
      periodStart: '27',
      periodEnd: '2030-02-30',
    });
    expect(bad.fields?.periodStart).toMatch(/ÅÅÅÅ/);
    expect(bad.fields?.periodEnd).toBe('Datumet finns inte');
    const noName = await api.fail('programmes:create', { ...first, name: '  ' });
    expect(noName.fields?.name).toBe('Ge programmet ett namn');
  });

  it('copies a chosen process leader’s name and refuses a trashed one', async () => {
    const leader = insertStakeholder(ctx.db!, 'Anna Berg');
    const p = await api.call('programmes:create', {
      ...first,
      processLeaderStakeholderId: leader,
      processLeaderName: 'ignored',
    });
    expect(p).toMatchObject({ processLeaderStakeholderId: leader, processLeaderName: 'Anna Berg' });

    // Typing another name lets go of the link.
    const typed = await api.call('programmes:update', {
      id: p.id,
      processLeaderName: 'Extern Konsult',
    });
    expect(typed).toMatchObject({
      processLeaderStakeholderId: null,
      processLeaderName: 'Extern Konsult',
    });

    trashStakeholder(ctx.db!, leader);
    const err = await api.fail('programmes:update', {
      id: p.id,
      processLeaderStakeholderId: leader,
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.processLeaderStakeholderId).toMatch(/papperskorgen/);
  });

  it('moves the current flag to the newest remaining programme on delete, and restores', async () => {
    const old = await api.call('programmes:create', {
      name: 'Gamla',
      periodStart: '2020',
      periodEnd: '2023',
      status: 'archived',
    });
    const current = await api.call('programmes:create', { ...first, makeCurrent: true });
    const next = await api.call('programmes:create', {
      name: 'Nästa',
      periodStart: '2031',
      periodEnd: '2034',
    });
    await api.call('programmes:delete', { id: current.id });
    expect((await api.call('programmes:current', {})).programme?.id).toBe(next.id);
    expect((await api.fail('programmes:get', { id: current.id })).code).toBe('NOT_FOUND');
    expect((await api.call('programmes:list', {})).total).toBe(2);
    expect(
      (await api.call('programmes:list', { includeArchived: false })).rows.map((r) => r.id),
    ).toEqual([next.id]);

    const restored = await api.call('programmes:restore', { id: current.id });
    expect(restored.isCurrent).toBe(false);
    expect((await api.fail('programmes:restore', { id: current.id })).code).toBe('NOT_FOUND');

    await api.call('programmes:delete', { id: next.id });
    await api.call('programmes:delete', { id: current.id });
    // Archived programmes come last when a new current one is chosen, but one is chosen.
    expect((await api.call('programmes:current', {})).programme?.id).toBe(old.id);
    await api.call('programmes:delete', { id: old.id });
    expect(await api.call('programmes:current', {})).toEqual({ programme: null });
    const back = await api.call('programmes:restore', { id: old.id });
    expect(back.isCurrent).toBe(true);
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    expect((await api.fail('programmes:update', { id: 'nope', name: 'x' })).code).toBe('NOT_FOUND');
    expect((await api.fail('programmes:setCurrent', { id: 'nope' })).code).toBe('NOT_FOUND');
    expect((await api.fail('programmes:delete', { id: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('lets the schema hold at most one current programme', async () => {
    const a = await api.call('programmes:create', first);
    const b = await api.call('programmes:create', { ...first, name: 'B' });
    expect(() =>
      ctx.db!.prepare('UPDATE programmes SET is_current = 1 WHERE id = ?').run(b.id),
    ).toThrow(/UNIQUE/);
    expect((await api.call('programmes:current', {})).programme?.id).toBe(a.id);
  });
});
