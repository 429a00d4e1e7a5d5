// Runs in: vitest (Node). Company visits: saving with children, validation, list, topics, search.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitInput } from '../../../shared/contract/visits';
import { visitTopics } from '../../../shared/domain/visitTopics';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertCompany, makeCaller, trashCompany } from './fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeCaller>;
let ljungby: string;
let dala: string;

beforeEach(() => {
  ctx = makeTestContext();
  api = makeCaller(ctx);
  ljungby = insertCompany(ctx.db!, { name: 'Ljungby Trä AB', locality: 'Strömsnäs' });
  dala = insertCompany(ctx.db!, { name: 'Dala Mekaniska', locality: 'Ängsbo' });
});
afterEach(() => ctx.cleanup());

const create = (input: Partial<VisitInput> & { visitDate: string }) =>
  api.call('visits:create', { companyId: ljungby, ...input });

describe('visits CRUD', () => {
  it('saves a visit with participants, topics and obstacles, the locality from the company', async () => {
    const person = await api.call('stakeholders:create', { name: 'Åsa Öberg' });
    const visit = await create({
      visitDate: '2024-03-05',
      purpose: 'Uppföljning',
      notes: 'Växjöföretagets kompetensförsörjning är svår.',
      participants: [{ stakeholderId: person.id, name: 'Åsa Öberg' }, { name: 'Olle VD' }],
      topics: ['Kompetensförsörjning', 'kompetensforsorjning', 'Solceller på taket'],
      obstacles: ['Detaljplanen blockerar tillbyggnad', 'Brist på svetsare'],
      followUpNeeded: true,
      followUpNote: 'Ring om detaljplanen',
      satisfaction: 4,
      confidential: true,
    });
    expect(visit).toMatchObject({
      companyId: ljungby,
      companyName: 'Ljungby Trä AB',
      locality: 'Strömsnäs',
      visitDate: '2024-03-05',
      participants: [
        { stakeholderId: person.id, name: 'Åsa Öberg' },
        { stakeholderId: null, name: 'Olle VD' },
      ],
      obstacleCount: 2,
      followUpNeeded: true,
      followUpDone: false,
      satisfaction: 4,
      confidential: true,
    });
    expect([...visit.topics].sort()).toEqual(['Solceller på taket', 'kompetensforsorjning']);
    expect(visit.obstacles.map((o) => o.text)).toEqual([
      'Detaljplanen blockerar tillbyggnad',
      'Brist på svetsare',
    ]);
    expect(await api.call('visits:get', { id: visit.id })).toEqual(visit);
  });

  it('keeps the ids of unchanged obstacles on update and re-indexes the children', async () => {
    const visit = await create({
      visitDate: '2024-03-05',
      obstacles: ['Detaljplanen blockerar tillbyggnad', 'Brist på svetsare'],
      participants: [{ name: 'Olle VD' }],
    });
    const kept = visit.obstacles.find((o) => o.text === 'Brist på svetsare')!;
    const updated = await api.call('visits:update', {
      id: visit.id,
      companyId: dala,
      visitDate: '2024-04-01',
      obstacles: ['Brist på svetsare', 'Bredbandet räcker inte'],
      participants: [{ name: 'Greta Ekonomichef' }],
    });
    expect(updated.obstacles).toHaveLength(2);
    expect(updated.obstacles.find((o) => o.text === 'Brist på svetsare')?.id).toBe(kept.id);
    expect(updated.obstacles.map((o) => o.id)).not.toContain(
      visit.obstacles.find((o) => o.text !== 'Brist på svetsare')!.id,
    );
    expect(updated).toMatchObject({ companyName: 'Dala Mekaniska', locality: 'Ängsbo' });

    const kinds = async (query: string) =>
      (await api.call('search:global', { query })).map((h) => `${h.kind}:${h.id}`);
    expect(await kinds('bredbandet')).toEqual([`visit:${visit.id}`]);
    expect(await kinds('greta')).toEqual([`visit:${visit.id}`]);
    expect(await kinds('detaljplanen')).toEqual([]);
    expect(await kinds('olle')).toEqual([]);
  });

  it('refuses a company that does not exist or is in the trash, with a field message', async () => {
    const missing = await api.fail('visits:create', { companyId: 'nope', visitDate: '2024-01-01' });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fields?.companyId).toMatch(/Företaget finns inte/);
    trashCompany(ctx.db!, dala);
    const trashed = await api.fail('visits:create', { companyId: dala, visitDate: '2024-01-01' });
    expect(trashed.fields?.companyId).toMatch(/papperskorgen/);
    const noCompany = await api.fail('visits:create', { companyId: '', visitDate: '2024-01-01' });
    expect(noCompany.fields?.companyId).toBe('Välj ett företag');
    const badDate = await api.fail('visits:create', {
      companyId: ljungby,
      visitDate: '2024-13-01',
    });
    expect(badDate.fields?.visitDate).toBe('Datumet finns inte');
    const person = await api.fail('visits:create', {
      companyId: ljungby,
      visitDate: '2024-01-01',
      participants: [{ stakeholderId: 'ghost', name: 'Spöke' }],
    });
    expect(person.fields).toEqual({ 'participants.0.stakeholderId': expect.any(String) });
    expect((await api.call('visits:list', {})).total).toBe(0);
  });

  it('soft-deletes: gone from get, list, topics and search, kept in the table', async () => {
    const visit = await create({
      visitDate: '2024-01-01',
      notes: 'Grävmaskiner',
      topics: ['export'],
    });
    await api.call('visits:delete', { id: visit.id });
    expect((await api.fail('visits:get', { id: visit.id })).code).toBe('NOT_FOUND');
    expect(
      (
        await api.fail('visits:update', {
          id: visit.id,
          companyId: ljungby,
          visitDate: '2024-01-02',
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect((await api.call('visits:list', {})).total).toBe(0);
    expect(await api.call('search:global', { query: 'grävmaskin' })).toEqual([]);
    const topics = await api.call('visits:topics', {});
    expect(topics.find((t) => t.id === 'export')?.count).toBe(0);
    expect(ctx.db!.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 1 });
  });
});

describe('visits:list', () => {
  let ids: Record<string, string>;
  beforeEach(async () => {
    ids = {
      jan: (await create({ visitDate: '2024-01-10', topics: ['export'], obstacles: ['A', 'B'] }))
        .id,
      mar: (
        await create({
          companyId: dala,
          visitDate: '2024-03-01',
          topics: ['export', 'Vindkraft'],
          followUpNeeded: true,
        })
      ).id,
      jun: (await create({ visitDate: '2024-06-15', followUpNeeded: true, followUpDone: true })).id,
      old: (await create({ companyId: dala, visitDate: '2023-12-31' })).id,
    };
  });

  const order = async (input: Parameters<typeof api.call<'visits:list'>>[1]) => {
    const names = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
    return (await api.call('visits:list', input)).rows.map((r) => names[r.id]);
  };

  it('returns rows with company name, topics and obstacle count, newest first', async () => {
    const page = await api.call('visits:list', {});
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.visitDate)).toEqual([
      '2024-06-15',
      '2024-03-01',
      '2024-01-10',
      '2023-12-31',
    ]);
    expect(page.rows[1]).toMatchObject({
      companyName: 'Dala Mekaniska',
      locality: 'Ängsbo',
      obstacleCount: 0,
      followUpNeeded: true,
      followUpDone: false,
      confidential: false,
    });
    expect([...page.rows[1]!.topics].sort()).toEqual(['Vindkraft', 'export']);
    expect(page.rows[2]).toMatchObject({ obstacleCount: 2, topics: ['export'] });
  });

  it('filters by period, locality, company, topic and open follow-ups', async () => {
    expect(await order({ from: '2024-01-01', to: '2024-03-31' })).toEqual(['mar', 'jan']);
    expect(await order({ to: '2023-12-31' })).toEqual(['old']);
    expect(await order({ locality: 'Ängsbo' })).toEqual(['mar', 'old']);
    expect(await order({ companyId: ljungby })).toEqual(['jun', 'jan']);
    expect(await order({ topic: 'export' })).toEqual(['mar', 'jan']);
    expect(await order({ topic: 'Export och nya marknader' })).toEqual(['mar', 'jan']);
    expect(await order({ topic: 'Vindkraft' })).toEqual(['mar']);
    expect(await order({ followUpOpen: true })).toEqual(['mar']);
    expect(await order({ followUpOpen: false })).toEqual(['jun', 'jan', 'old']);
    expect(await order({ locality: 'Ängsbo', from: '2024-01-01', followUpOpen: true })).toEqual([
      'mar',
    ]);
  });

  it('sorts by date either way and by company, and pages', async () => {
    expect(await order({ sort: 'date_asc' })).toEqual(['old', 'jan', 'mar', 'jun']);
    expect(await order({ sort: 'company' })).toEqual(['mar', 'old', 'jun', 'jan']);
    const second = await api.call('visits:list', { sort: 'date_asc', limit: 2, offset: 2 });
    expect(second.total).toBe(4);
    expect(second.offset).toBe(2);
    expect(second.rows.map((r) => r.id)).toEqual([ids.mar, ids.jun]);
  });
});

describe('visits:topics', () => {
  it('lists every built-in topic with its count, then free-text topics in use', async () => {
    await create({ visitDate: '2024-01-01', topics: ['export', 'Solceller'] });
    await create({ visitDate: '2024-01-02', topics: ['Export och nya marknader', 'Älgjakt'] });
    await create({ visitDate: '2024-01-03', topics: ['Älgjakt'] });
    const topics = await api.call('visits:topics', {});
    expect(topics.slice(0, visitTopics.length).map((t) => t.id)).toEqual(
      visitTopics.map((t) => t.id),
    );
    expect(topics.find((t) => t.id === 'export')).toEqual({
      id: 'export',
      label: 'Export och nya marknader',
      count: 2,
    });
    expect(topics.find((t) => t.id === 'bredband')?.count).toBe(0);
    expect(topics.slice(visitTopics.length)).toEqual([
      { id: 'Älgjakt', label: 'Älgjakt', count: 2 },
      { id: 'Solceller', label: 'Solceller', count: 1 },
    ]);
  });
});

describe('visit search', () => {
  it('finds a visit by a Swedish word prefix from its notes and by an obstacle', async () => {
    const visit = await create({
      visitDate: '2024-05-02',
      notes: 'Växjöföretagets kompetensförsörjning är det stora problemet.',
      obstacles: ['Långa handläggningstider för bygglov'],
      confidential: true,
    });
    for (const query of ['kompetensförs', 'KOMPETENSFÖRS', 'växjöför', 'handläggningstid']) {
      const hits = await api.call('search:global', { query });
      expect(hits, query).toEqual([
        {
          kind: 'visit',
          id: visit.id,
          title: 'Ljungby Trä AB, 2024-05-02',
          snippet: expect.stringMatching(/kompetensförsörjning|handläggningstider/),
        },
      ]);
    }
  });
});
