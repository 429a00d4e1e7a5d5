// Runs in: vitest (Node). The company register through the real dispatcher.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companiesHandlers } from '../../../electron/core/companies/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import type { Company } from '../../../shared/domain/companies';
import type { Result } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertStakeholder } from './fixtures';

let ctx: TestContext;
let call: Dispatch;

beforeEach(() => {
  ctx = makeTestContext();
  call = createDispatcher(ctx, companiesHandlers as unknown as Handlers);
});
afterEach(() => ctx.cleanup());

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

describe('companies CRUD', () => {
  it('refuses a wrong org. number with a field message, saves nothing, then accepts the right one', async () => {
    const wrong = await call('companies:create', {
      name: 'Åkerbergs Smide AB',
      orgNumber: '556016-0681',
    });
    expect(wrong).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Organisationsnumret 556016-0681 är inte giltigt (kontrollsiffran stämmer inte).',
        fields: {
          orgNumber:
            'Organisationsnumret 556016-0681 är inte giltigt (kontrollsiffran stämmer inte).',
        },
      },
    });
    expect(ctx.db!.prepare('SELECT count(*) AS n FROM companies').get()).toEqual({ n: 0 });

    const company = value<Company>(
      await call('companies:create', {
        name: 'Åkerbergs Smide AB',
        orgNumber: '5560160680',
        locality: 'Åsarna',
        email: 'info@akerbergs.se',
      }),
    );
    expect(company).toMatchObject({
      name: 'Åkerbergs Smide AB',
      orgNumber: '556016-0680',
      locality: 'Åsarna',
      email: 'info@akerbergs.se',
      industry: null,
      notes: '',
      contacts: [],
    });
    expect(value<Company>(await call('companies:get', { id: company.id }))).toEqual(company);
  });

  it('stores an empty org. number as none, so many companies can lack one', async () => {
    const a = value<Company>(await call('companies:create', { name: 'Utan nummer 1' }));
    const b = value<Company>(
      await call('companies:create', { name: 'Utan nummer 2', orgNumber: '' }),
    );
    expect([a.orgNumber, b.orgNumber]).toEqual([null, null]);
  });

  it('names the company that already has the org. number, also when it is in the trash', async () => {
    const first = value<Company>(
      await call('companies:create', {
        name: 'Östra Hälsingebygdens Trä',
        orgNumber: '556123-4567',
      }),
    );
    const dup = await call('companies:create', { name: 'Kopia AB', orgNumber: '5561234567' });
    expect(dup.ok).toBe(false);
    if (dup.ok) return;
    expect(dup.error.code).toBe('CONFLICT');
    expect(dup.error.message).toBe(
      'Organisationsnumret 556123-4567 finns redan för företaget ”Östra Hälsingebygdens Trä”.',
    );

    value(await call('companies:delete', { id: first.id }));
    const again = await call('companies:create', { name: 'Kopia AB', orgNumber: '556123-4567' });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('CONFLICT');
    expect(again.error.message).toContain('som ligger i papperskorgen');
  });

  it('updates a company, keeping its own org. number, and links contacts', async () => {
    const anna = insertStakeholder(ctx.db!, 'Anna Ågren', 'VD');
    const bo = insertStakeholder(ctx.db!, 'Bo Ek', null);
    const created = value<Company>(
      await call('companies:create', {
        name: 'Café Ängen',
        orgNumber: '559012-3450',
        contactIds: [bo],
      }),
    );
    expect(created.contacts).toEqual([{ id: bo, name: 'Bo Ek', roleTitle: null }]);

    const updated = value<Company>(
      await call('companies:update', {
        id: created.id,
        name: 'Café Ängsgården AB',
        orgNumber: '559012-3450',
        industry: 'Café',
        contactIds: [anna, anna],
      }),
    );
    expect(updated).toMatchObject({ name: 'Café Ängsgården AB', industry: 'Café' });
    expect(updated.contacts).toEqual([{ id: anna, name: 'Anna Ågren', roleTitle: 'VD' }]);
    expect(updated.createdAt).toBe(created.createdAt);
  });

  it('refuses an update to another company’s org. number and an unknown contact', async () => {
    value(await call('companies:create', { name: 'A', orgNumber: '556016-0680' }));
    const b = value<Company>(await call('companies:create', { name: 'B' }));
    const taken = await call('companies:update', { id: b.id, name: 'B', orgNumber: '556016-0680' });
    expect(taken.ok ? null : taken.error.code).toBe('CONFLICT');
    const unknown = await call('companies:update', { id: b.id, name: 'B', contactIds: ['nope'] });
    expect(unknown.ok ? null : unknown.error.fields).toHaveProperty('contactIds');
  });

  it('soft-deletes: the row stays, get and update answer NOT_FOUND, a second delete too', async () => {
    const c = value<Company>(await call('companies:create', { name: 'Borta AB' }));
    expect(value(await call('companies:delete', { id: c.id }))).toEqual({ id: c.id });
    const row = ctx.db!.prepare('SELECT deleted_at FROM companies WHERE id = ?').get(c.id) as {
      deleted_at: string | null;
    };
    expect(row.deleted_at).not.toBeNull();
    for (const result of [
      await call('companies:get', { id: c.id }),
      await call('companies:update', { id: c.id, name: 'Tillbaka' }),
      await call('companies:delete', { id: c.id }),
    ]) {
      expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    }
  });

  it('rejects a bad e-mail address at the boundary', async () => {
    const result = await call('companies:create', { name: 'X', email: 'inte-en-adress' });
    expect(result.ok ? null : result.error.fields).toHaveProperty('email');
  });
});
