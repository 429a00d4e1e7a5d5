// Runs in: vitest (Node). Insights: sources and counts, merging, insights made from visit obstacles
// and interview answers, obstacle tracking and the SWOT board.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import {
  guideAndInterview,
  insertCompany,
  insertProgramme,
  makeCaller,
  type Caller,
} from './fixtures';

let ctx: TestContext;
let api: Caller;
let company: string;

beforeEach(() => {
  ctx = makeTestContext();
  api = makeCaller(ctx);
  company = insertCompany(ctx.db!, 'Öbergs Åkeri AB');
});
afterEach(() => ctx.cleanup());

const visit = (date: string, obstacles: string[] = []) =>
  api.call('visits:create', { companyId: company, visitDate: date, obstacles });

describe('insight sources and counts', () => {
  it('counts distinct live visits and interviews, and workshops and statistics one by one', async () => {
    const v1 = await visit('2026-01-10', ['Detaljplanen dröjer', 'Svårt att rekrytera']);
    const v2 = await visit('2026-01-20');
    const { interview } = await guideAndInterview(api);
    const insight = await api.call('insights:create', {
      type: 'weakness',
      text: 'Brist på arbetskraft',
      sources: [
        { kind: 'visit', refId: v1.id },
        { kind: 'visit_obstacle', refId: v1.obstacles[1]!.id },
        { kind: 'visit', refId: v2.id },
        { kind: 'interview', refId: interview.id },
        { kind: 'interview_answer', refId: interview.answers[1]!.id },
        { kind: 'workshop', note: 'Workshop med företagarföreningen 12 mars' },
        { kind: 'statistics', note: 'Arbetsförmedlingen, bristyrken 2025' },
      ],
    });
    expect(insight.counts).toEqual({
      visits: 2,
      interviews: 1,
      workshops: 1,
      statistics: 1,
      other: 0,
    });
    expect(insight.sourceCount).toBe(7);
    const obstacleSource = insight.sources.find((s) => s.kind === 'visit_obstacle')!;
    expect(obstacleSource).toMatchObject({
      parentId: v1.id,
      excerpt: 'Svårt att rekrytera',
      title: 'Öbergs Åkeri AB',
      date: '2026-01-10',
      live: true,
    });
    const answerSource = insight.sources.find((s) => s.kind === 'interview_answer')!;
    expect(answerSource).toMatchObject({
      parentId: interview.id,
      title: 'Åsa Öberg, Öbergs Åkeri AB',
      question: 'Vad hindrar er från att växa?',
      excerpt: 'Brist på lastbilschaufförer.',
    });

    // A visit in the trash no longer counts, and its source shows without a link.
    await api.call('visits:delete', { id: v2.id });
    const after = await api.call('insights:get', { id: insight.id });
    expect(after.counts.visits).toBe(1);
    expect(after.sources.find((s) => s.refId === v2.id)!.live).toBe(false);
  });

  it('adds a source once, refuses a missing record and an empty note, and removes a source', async () => {
    const v1 = await visit('2026-01-10');
    const insight = await api.call('insights:create', { type: 'idea', text: 'Företagslots' });
    await api.call('insights:addSource', { insightId: insight.id, kind: 'visit', refId: v1.id });
    const twice = await api.call('insights:addSource', {
      insightId: insight.id,
      kind: 'visit',
      refId: v1.id,
    });
    expect(twice.sources).toHaveLength(1);
    const missing = await api.fail('insights:addSource', {
      insightId: insight.id,
      kind: 'interview',
      refId: 'finns-inte',
    });
    expect(missing.fields).toMatchObject({ refId: expect.stringContaining('Intervjun') });
    const empty = await api.fail('insights:addSource', { insightId: insight.id, kind: 'workshop' });
    expect(empty.fields).toMatchObject({ note: expect.stringContaining('Beskriv källan') });
    const removed = await api.call('insights:removeSource', { id: twice.sources[0]!.id });
    expect(removed.sources).toEqual([]);
    expect(removed.counts.visits).toBe(0);
  });
});

describe('merging', () => {
  it('folds a duplicate into another: all sources move, shared ones once, the duplicate to the trash', async () => {
    const v1 = await visit('2026-01-10');
    const v2 = await visit('2026-01-11');
    const v3 = await visit('2026-01-12');
    const a = await api.call('insights:create', {
      type: 'obstacle',
      text: 'Långa handläggningstider för bygglov',
      sources: [
        { kind: 'visit', refId: v1.id },
        { kind: 'visit', refId: v2.id },
      ],
    });
    const b = await api.call('insights:create', {
      type: 'obstacle',
      text: 'Bygglov tar för lång tid',
      obstacleOwner: 'Samhällsbyggnadschefen',
      sources: [
        { kind: 'visit', refId: v2.id },
        { kind: 'visit', refId: v3.id },
        { kind: 'other', note: 'Insändare i lokaltidningen' },
      ],
    });
    const merged = await api.call('insights:merge', { intoId: a.id, fromId: b.id });
    expect(merged.text).toBe('Långa handläggningstider för bygglov');
    expect(merged.counts).toMatchObject({ visits: 3, other: 1 });
    expect(merged.sources).toHaveLength(4);
    expect(merged.obstacleOwner).toBe('Samhällsbyggnadschefen');
    expect((await api.fail('insights:get', { id: b.id })).code).toBe('NOT_FOUND');
    expect((await api.call('insights:list', {})).total).toBe(1);
    expect((await api.fail('insights:merge', { intoId: a.id, fromId: a.id })).code).toBe(
      'VALIDATION',
    );
  });
});

describe('insights made from records', () => {
  it('makes an open obstacle from a visit obstacle, and adds repeats of the same text to it', async () => {
    const v1 = await visit('2026-01-10', ['Ingen planlagd industrimark']);
    const v2 = await visit('2026-02-03', ['ingen planlagd industrimark', 'Dålig mobiltäckning']);
    const first = await api.call('insights:fromVisitObstacle', { obstacleId: v1.obstacles[0]!.id });
    expect(first.created).toBe(true);
    expect(first.insight).toMatchObject({
      type: 'obstacle',
      text: 'Ingen planlagd industrimark',
      obstacleStatus: 'open',
      counts: { visits: 1 },
    });
    expect(first.insight.sources[0]).toMatchObject({ kind: 'visit_obstacle', parentId: v1.id });

    const again = await api.call('insights:fromVisitObstacle', { obstacleId: v1.obstacles[0]!.id });
    expect(again).toMatchObject({ created: false, insight: { id: first.insight.id } });

    const repeat = await api.call('insights:fromVisitObstacle', {
      obstacleId: v2.obstacles[0]!.id,
    });
    expect(repeat.created).toBe(false);
    expect(repeat.insight.id).toBe(first.insight.id);
    expect(repeat.insight.counts.visits).toBe(2);

    const other = await api.call('insights:fromVisitObstacle', { obstacleId: v2.obstacles[1]!.id });
    expect(other.created).toBe(true);

    const refs = await api.call('insights:forRefs', {
      refIds: [v1.obstacles[0]!.id, v2.obstacles[1]!.id, 'ingen'],
    });
    expect(refs[v1.obstacles[0]!.id]).toEqual([
      { id: first.insight.id, type: 'obstacle', text: 'Ingen planlagd industrimark' },
    ]);
    expect(refs[v2.obstacles[1]!.id]).toHaveLength(1);
    expect(refs.ingen).toBeUndefined();

    // Once removed, the same obstacle raised again is tracked as a new one.
    await api.call('insights:update', {
      id: first.insight.id,
      type: 'obstacle',
      text: 'Ingen planlagd industrimark',
      obstacleStatus: 'removed',
    });
    const v3 = await visit('2026-03-01', ['Ingen planlagd industrimark']);
    expect(
      (await api.call('insights:fromVisitObstacle', { obstacleId: v3.obstacles[0]!.id })).created,
    ).toBe(true);
    expect((await api.fail('insights:fromVisitObstacle', { obstacleId: 'finns-inte' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('makes an insight of the chosen type from an interview answer, shown next to the answer', async () => {
    const { interview } = await guideAndInterview(api);
    const [best, , empty] = interview.answers;
    const made = await api.call('insights:fromInterviewAnswer', {
      answerId: best!.id,
      type: 'strength',
    });
    expect(made).toMatchObject({
      created: true,
      insight: {
        type: 'strength',
        text: 'Lojal personal och korta beslutsvägar.',
        obstacleStatus: null,
        counts: { interviews: 1 },
        sources: [{ kind: 'interview_answer', parentId: interview.id }],
      },
    });
    const shortened = await api.call('insights:fromInterviewAnswer', {
      answerId: best!.id,
      type: 'opportunity',
      text: 'Kort väg till beslut',
    });
    expect(shortened.insight.text).toBe('Kort väg till beslut');
    const again = await api.call('insights:fromInterviewAnswer', {
      answerId: best!.id,
      type: 'strength',
    });
    expect(again).toMatchObject({ created: false, insight: { id: made.insight.id } });

    const reloaded = await api.call('interviews:get', { id: interview.id });
    expect(reloaded.answers[0]!.insights.map((i) => i.type).sort()).toEqual([
      'opportunity',
      'strength',
    ]);
    const error = await api.fail('insights:fromInterviewAnswer', {
      answerId: empty!.id,
      type: 'need',
    });
    expect(error.fields).toMatchObject({ text: expect.stringContaining('Svaret är tomt') });
  });
});

describe('obstacle tracking', () => {
  it('starts open, dates the removal, and clears the tracking when the type changes', async () => {
    const made = await api.call('insights:create', { type: 'obstacle', text: 'Dålig bärighet' });
    expect(made).toMatchObject({ obstacleStatus: 'open', obstacleRemovedDate: null });
    const owned = await api.call('insights:update', {
      id: made.id,
      type: 'obstacle',
      text: 'Dålig bärighet',
      obstacleStatus: 'in_progress',
      obstacleOwner: 'Trafikverket via tekniska chefen',
      obstacleRemovedDate: '2026-01-01',
    });
    expect(owned).toMatchObject({ obstacleStatus: 'in_progress', obstacleRemovedDate: null });
    const removed = await api.call('insights:update', {
      id: made.id,
      type: 'obstacle',
      text: 'Dålig bärighet',
      obstacleStatus: 'removed',
      obstacleOwner: 'Trafikverket via tekniska chefen',
    });
    expect(removed.obstacleRemovedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const open = await api.call('insights:list', {
      types: ['obstacle'],
      obstacleStatuses: ['open', 'in_progress'],
    });
    expect(open.total).toBe(0);
    const asNeed = await api.call('insights:update', {
      id: made.id,
      type: 'need',
      text: 'Bättre vägar',
      obstacleStatus: 'removed',
      obstacleOwner: 'x',
    });
    expect(asNeed).toMatchObject({
      obstacleStatus: null,
      obstacleOwner: '',
      obstacleRemovedDate: null,
    });
  });
});

describe('SWOT board', () => {
  it('puts insights in their boxes, most raised first, and scopes to a programme', async () => {
    const programme = insertProgramme(ctx.db!, 'Program 2026', true);
    const other = insertProgramme(ctx.db!, 'Gamla programmet', false);
    const v1 = await visit('2026-01-10');
    const v2 = await visit('2026-01-11');
    await api.call('insights:create', { type: 'strength', text: 'Stark industritradition' });
    await api.call('insights:create', {
      type: 'strength',
      text: 'Engagerade företagare',
      sources: [
        { kind: 'visit', refId: v1.id },
        { kind: 'visit', refId: v2.id },
      ],
    });
    await api.call('insights:create', { type: 'threat', text: 'Utflyttning av unga' });
    await api.call('insights:create', { type: 'obstacle', text: 'Bygglov dröjer' });
    await api.call('insights:create', {
      type: 'idea',
      text: 'Företagarfrukost',
      programmeId: null,
    });
    await api.call('insights:create', { type: 'need', text: 'Bostäder', programmeId: other });

    const swot = await api.call('swot:get', { programmeId: programme });
    expect(swot.strength.items.map((i) => i.text)).toEqual([
      'Engagerade företagare',
      'Stark industritradition',
    ]);
    expect(swot.strength.items[0]!.counts.visits).toBe(2);
    expect(swot.strength.items[0]!.sources).toHaveLength(2);
    expect(swot.strength.total).toBe(2);
    expect(swot.weakness).toEqual({ items: [], total: 0 });
    expect(swot.threat.total).toBe(1);
    expect(swot.obstacle.items[0]!.obstacleStatus).toBe('open');
    expect(swot.idea.total).toBe(0);
    expect(swot.need.total).toBe(0);

    const everything = await api.call('swot:get', {});
    expect(everything.idea.total).toBe(1);
    expect(everything.need.total).toBe(1);
  });

  it('leaves deleted insights out and brings them back on restore', async () => {
    const made = await api.call('insights:create', { type: 'weakness', text: 'Få mötesplatser' });
    await api.call('insights:delete', { id: made.id });
    expect((await api.call('swot:get', {})).weakness.total).toBe(0);
    await api.call('insights:restore', { id: made.id });
    expect((await api.call('swot:get', {})).weakness.items[0]!.text).toBe('Få mötesplatser');
  });
});
