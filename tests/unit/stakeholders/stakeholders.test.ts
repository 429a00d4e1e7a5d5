// Runs in: vitest (Node). The stakeholder register: CRUD, validation, list filters, lookup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StakeholderInput } from '../../../shared/contract/stakeholders';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertCompany, makeCaller, trashCompany } from '../visits/fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeCaller>;

beforeEach(() => {
  ctx = makeTestContext();
  api = makeCaller(ctx);
});
afterEach(() => ctx.cleanup());

const create = (input: StakeholderInput) => api.call('stakeholders:create', input);

describe('stakeholders CRUD', () => {
  it('creates, reads, updates and soft-deletes a stakeholder', async () => {
    const companyId = insertCompany(ctx.db!, { name: 'Ljungby Trä AB' });
    const created = await create({
      name: '  Åsa Öberg ',
      organisation: 'Ljungby Trä AB',
      email: 'asa@ljungbytra.se',
      categories: ['sme', 'politician', 'sme'],
      keyActor: true,
      legalBasis: 'consent',
      purpose: 'Kontaktperson i näringslivsrådet',
      companyId,
    });
    expect(created).toMatchObject({
      kind: 'person',
      name: 'Åsa Öberg',
      organisation: 'Ljungby Trä AB',
      roleTitle: null,
      phone: null,
      email: 'asa@ljungbytra.se',
      categories: ['politician', 'sme'],
      keyActor: true,
      champion: false,
      legalBasis: 'consent',
      purpose: 'Kontaktperson i näringslivsrådet',
      companyId,
    });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(await api.call('stakeholders:get', { id: created.id })).toEqual(created);

    const updated = await api.call('stakeholders:update', {
      id: created.id,
      name: 'Åsa Öberg',
      kind: 'person',
      categories: ['sme', 'business_network'],
      champion: true,
      companyId: null,
    });
    expect(updated.categories).toEqual(['sme', 'business_network']);
    expect(updated).toMatchObject({
      champion: true,
      keyActor: false,
      companyId: null,
      email: null,
    });

    expect(await api.call('stakeholders:delete', { id: created.id })).toEqual({ id: created.id });
    expect((await api.fail('stakeholders:get', { id: created.id })).code).toBe('NOT_FOUND');
    expect((await api.fail('stakeholders:delete', { id: created.id })).code).toBe('NOT_FOUND');
    const update = await api.fail('stakeholders:update', { id: created.id, name: 'X' });
    expect(update.code).toBe('NOT_FOUND');
    expect((await api.call('stakeholders:list', {})).total).toBe(0);
    expect(await api.call('search:global', { query: 'Öberg' })).toEqual([]);
    // Soft: the row is still there for the trash.
    const row = ctx.db!.prepare('SELECT deleted_at FROM stakeholders WHERE id = ?').get(created.id);
    expect(row).toEqual({ deleted_at: expect.any(String) });
  });

  it('answers VALIDATION with field messages for a missing name and a bad e-mail', async () => {
    const error = await api.fail('stakeholders:create', { name: '   ', email: 'inte-en-adress' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual({ name: 'Ange ett namn', email: 'Ogiltig e-postadress' });
    expect((await api.call('stakeholders:list', {})).total).toBe(0);
  });

  it('refuses a link to a company that does not exist or is in the trash', async () => {
    const missing = await api.fail('stakeholders:create', { name: 'Per', companyId: 'nope' });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fields?.companyId).toMatch(/finns inte/);

    const companyId = insertCompany(ctx.db!, { name: 'Gammal AB' });
    trashCompany(ctx.db!, companyId);
    const trashed = await api.fail('stakeholders:create', { name: 'Per', companyId });
    expect(trashed.fields?.companyId).toMatch(/papperskorgen/);
    expect((await api.call('stakeholders:list', {})).total).toBe(0);
  });
});

describe('stakeholders:list', () => {
  beforeEach(async () => {
    await create({
      name: 'Anders Ek',
      locality: 'Strömsnäs',
      categories: ['politician'],
      keyActor: true,
    });
    await create({
      name: 'Björn Åkesson',
      locality: 'Ängsbo',
      categories: ['sme', 'business_org'],
    });
    await create({
      name: 'Cecilia Dahl',
      organisation: 'Ängsbo skola',
      locality: 'strömsnäs',
      categories: ['school'],
      champion: true,
    });
    await create({ name: 'Öresunds byalag', kind: 'organisation', categories: ['civil_society'] });
  });

  const names = async (input: Parameters<typeof api.call<'stakeholders:list'>>[1]) =>
    (await api.call('stakeholders:list', input)).rows.map((r) => r.name);

  it('lists by name with categories on each row', async () => {
    const page = await api.call('stakeholders:list', {});
    expect(page.total).toBe(4);
    expect(page.offset).toBe(0);
    expect(page.rows.map((r) => r.name)).toEqual([
      'Anders Ek',
      'Björn Åkesson',
      'Cecilia Dahl',
      'Öresunds byalag',
    ]);
    expect(page.rows[1]).toMatchObject({
      kind: 'person',
      categories: ['sme', 'business_org'],
      keyActor: false,
      champion: false,
      locality: 'Ängsbo',
    });
  });

  it('searches with prefixes, å/ä/ö and any field in the index', async () => {
    expect(await names({ query: 'åkes' })).toEqual(['Björn Åkesson']);
    expect(await names({ query: 'ÄNGSBO' })).toEqual(['Björn Åkesson', 'Cecilia Dahl']);
    expect(await names({ query: 'ängsbo skol' })).toEqual(['Cecilia Dahl']);
    expect(await names({ query: '"öresund" OR NOT' })).toEqual([]);
    expect(await names({ query: '"öresund' })).toEqual(['Öresunds byalag']);
    expect(await names({ query: '*** ' })).toHaveLength(4);
  });

  it('filters by any of the categories, flags and locality', async () => {
    expect(await names({ categories: ['school', 'politician'] })).toEqual([
      'Anders Ek',
      'Cecilia Dahl',
    ]);
    expect(await names({ categories: ['youth'] })).toEqual([]);
    expect(await names({ keyActor: true })).toEqual(['Anders Ek']);
    expect(await names({ keyActor: false, champion: false })).toEqual([
      'Björn Åkesson',
      'Öresunds byalag',
    ]);
    expect(await names({ champion: true })).toEqual(['Cecilia Dahl']);
    expect(await names({ locality: 'Strömsnäs' })).toEqual(['Anders Ek', 'Cecilia Dahl']);
    expect(await names({ locality: 'Strömsnäs', query: 'cec' })).toEqual(['Cecilia Dahl']);
  });

  it('sorts by locality (empty last) and by last change', async () => {
    expect(await names({ sort: 'locality' })).toEqual([
      'Anders Ek',
      'Cecilia Dahl',
      'Björn Åkesson',
      'Öresunds byalag',
    ]);
    const { rows } = await api.call('stakeholders:list', {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.call('stakeholders:update', { id: rows[2]!.id, name: 'Cecilia Dahl' });
    expect((await names({ sort: 'updated' }))[0]).toBe('Cecilia Dahl');
  });

  it('pages with a stable total', async () => {
    const first = await api.call('stakeholders:list', { limit: 3 });
    const second = await api.call('stakeholders:list', { limit: 3, offset: 3 });
    expect(first.total).toBe(4);
    expect(second).toMatchObject({ total: 4, offset: 3 });
    expect([...first.rows, ...second.rows].map((r) => r.name)).toEqual(await names({}));
  });

  it('looks up by text for pickers, and by name when nothing is typed', async () => {
    const found = await api.call('stakeholders:lookup', { query: 'dahl' });
    expect(found).toEqual([
      { id: expect.any(String), name: 'Cecilia Dahl', organisation: 'Ängsbo skola' },
    ]);
    const firstTwo = await api.call('stakeholders:lookup', { query: '', limit: 2 });
    expect(firstTwo.map((s) => s.name)).toEqual(['Anders Ek', 'Björn Åkesson']);
  });
});
