// Runs in: vitest (Node). The overview's numbers on a small hand-made data set.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorCategories } from '../../../shared/domain/actorCategories';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertCompany, makeCaller, trashCompany } from '../visits/fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeCaller>;

beforeEach(async () => {
  ctx = makeTestContext();
  api = makeCaller(ctx);
  const db = ctx.db!;
  const now = new Date().toISOString();
  for (const name of ['Strömsnäs', 'Ängsbo', 'Björkvik', 'Östra By']) {
    db.prepare('INSERT INTO localities (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      `loc-${name}`,
      name,
      now,
      now,
    );
  }
  const stromsnas = insertCompany(db, { name: 'Ljungby Trä AB', locality: 'Strömsnäs' });
  const angsbo = insertCompany(db, { name: 'Dala Mekaniska', locality: 'ängsbo' });
  const elsewhere = insertCompany(db, { name: 'Utsocknes AB', locality: 'Grannkommunen' });
  const gone = insertCompany(db, { name: 'Borta AB', locality: 'Björkvik' });

  const person = (name: string, extra: object) =>
    api.call('stakeholders:create', { name, ...extra });
  await person('Anna Politiker', { categories: ['politician'], keyActor: true, champion: true });
  await person('Bertil Företagare', { categories: ['sme', 'business_network'], keyActor: true });
  await person('Cilla Rektor', { categories: ['school', 'sme'], champion: true });
  const deleted = await person('Dennis Borta', { categories: ['youth'], keyActor: true });
  await api.call('stakeholders:delete', { id: deleted.id });

  const visit = (companyId: string, visitDate: string, extra: object = {}) =>
    api.call('visits:create', { companyId, visitDate, ...extra });
  await visit(stromsnas, '2024-01-15', { followUpNeeded: true });
  await visit(stromsnas, '2024-01-30');
  await visit(angsbo, '2024-03-02', { followUpNeeded: true, followUpDone: true });
  await visit(elsewhere, '2024-12-31');
  await visit(angsbo, '2023-06-01', { followUpNeeded: true });
  const trashed = await visit(stromsnas, '2024-05-05', { followUpNeeded: true });
  await api.call('visits:delete', { id: trashed.id });
  await visit(gone, '2022-02-02');
  trashCompany(db, gone);
});
afterEach(() => {
  ctx.cleanup();
  vi.useRealTimers();
});

describe('overview:get', () => {
  it('counts registers, categories, key actors, visits per month and places reached', async () => {
    const overview = await api.call('overview:get', { year: 2024 });
    expect(overview.year).toBe(2024);
    expect(overview.counts).toEqual({ stakeholders: 3, companies: 3, visits: 6 });

    expect(overview.perCategory.map((c) => c.category)).toEqual(actorCategories.map((c) => c.id));
    const counts = Object.fromEntries(overview.perCategory.map((c) => [c.category, c.count]));
    expect(counts).toMatchObject({
      politician: 1,
      sme: 2,
      business_network: 1,
      school: 1,
      youth: 0,
    });
    expect(overview.emptyCategories).toHaveLength(actorCategories.length - 4);
    expect(overview.emptyCategories).toContain('youth');
    expect(overview.emptyCategories).not.toContain('sme');

    expect(overview.keyActors.map((a) => [a.name, a.champion])).toEqual([
      ['Anna Politiker', true],
      ['Bertil Företagare', false],
    ]);
    expect(overview.keyActorCount).toBe(2);
    expect(overview.championCount).toBe(2);

    expect(overview.visitsThisYear).toBe(4);
    expect(overview.visitsPerMonth).toHaveLength(12);
    expect(overview.visitsPerMonth[0]).toEqual({ month: '2024-01', count: 2 });
    expect(overview.visitsPerMonth.map((m) => m.count)).toEqual([
      2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);

    expect(overview.localitiesReached).toEqual([
      { name: 'Strömsnäs', visits: 2 },
      { name: 'Grannkommunen', visits: 1 },
      { name: 'ängsbo', visits: 1 },
    ]);
    expect(overview.localitiesNotReached).toEqual(['Björkvik', 'Östra By']);
    expect(overview.followUpsOpen).toBe(2);
  });

  it('looks at the current year when none is given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2023-08-01T12:00:00Z'));
    const overview = await api.call('overview:get', {});
    expect(overview.year).toBe(2023);
    expect(overview.visitsThisYear).toBe(1);
    expect(overview.visitsPerMonth[5]).toEqual({ month: '2023-06', count: 1 });
    expect(overview.localitiesReached).toEqual([{ name: 'ängsbo', visits: 1 }]);
    expect(overview.localitiesNotReached).toEqual(['Björkvik', 'Strömsnäs', 'Östra By']);
  });
});
