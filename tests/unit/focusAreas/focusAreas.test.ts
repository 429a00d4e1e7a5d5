// Runs in: vitest (Node). Focus areas: CRUD, priority order, candidates, ranking and GDPR erase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetStakeholderInFocusAreas } from '../../../electron/core/focusAreas/queries';
import { quadrantOf, rankFocusAreas } from '../../../electron/core/focusAreas/ranking';
import { makeGoalsHarness, type GoalsHarness } from '../goals/fixtures';

let h: GoalsHarness;
beforeEach(() => {
  h = makeGoalsHarness();
});
afterEach(() => h.ctx.cleanup());

const area = (name: string, extra: Record<string, unknown> = {}) =>
  h.call('focusAreas:create', { programmeId: h.programmeId, name, ...extra });

describe('focus areas', () => {
  it('creates, reads, updates and soft-deletes a focus area with every field', async () => {
    const created = await area('Kompetensförsörjning', {
      why: 'Företagen hittar inte folk',
      visionLink: 'En kommun där det är lätt att växa',
      currentState: 'Svårt att rekrytera',
      desiredState: 'Fler utbildas på hemmaplan',
      responsibleName: 'Karin Ek',
      downturnNote: 'Utbildning behövs även i lågkonjunktur',
      brandNote: 'Stärker bilden av Exeby som skolkommun',
      impact: 5,
      effort: 3,
      priorityReason: 'Nämns i sju av tio besök',
      agenda2030: [8, 4, 4],
      swotStrengthNote: 'Stark gymnasieskola',
    });
    expect(created).toMatchObject({
      name: 'Kompetensförsörjning',
      priority: 1,
      candidate: false,
      responsibleName: 'Karin Ek',
      impact: 5,
      effort: 3,
      goalCount: 0,
    });
    const fetched = await h.call('focusAreas:get', { id: created.id });
    expect(fetched.agenda2030).toEqual([4, 8]);
    expect(fetched.downturnNote).toBe('Utbildning behövs även i lågkonjunktur');

    const updated = await h.call('focusAreas:update', {
      id: created.id,
      name: 'Kompetens',
      why: 'Nytt varför',
    });
    expect(updated).toMatchObject({ name: 'Kompetens', why: 'Nytt varför', impact: null });

    await h.call('focusAreas:delete', { id: created.id });
    expect(await h.call('focusAreas:list', { programmeId: h.programmeId })).toEqual([]);
    const gone = await h.fail('focusAreas:get', { id: created.id });
    expect(gone.code).toBe('NOT_FOUND');
    const restored = await h.call('focusAreas:restore', { id: created.id });
    expect(restored).toMatchObject({ name: 'Kompetens', priority: 1 });
    expect((await h.fail('focusAreas:restore', { id: created.id })).code).toBe('NOT_FOUND');
  });

  it('asks for a name and refuses an impact outside 1–5, with field messages', async () => {
    const error = await h.fail('focusAreas:create', {
      programmeId: h.programmeId,
      name: ' ',
      impact: 7,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.name).toBe('Ge fokusområdet ett namn');
    expect(error.fields?.impact).toBeDefined();
  });

  it('refuses an unknown programme and an unknown responsible stakeholder', async () => {
    expect((await h.fail('focusAreas:create', { programmeId: 'nope', name: 'X' })).code).toBe(
      'NOT_FOUND',
    );
    const error = await h.fail('focusAreas:create', {
      programmeId: h.programmeId,
      name: 'X',
      responsibleStakeholderId: 'missing',
    });
    expect(error.fields?.responsibleStakeholderId).toContain('aktörsregistret');
  });

  it('copies the responsible stakeholder name and forgets it on a GDPR erase', async () => {
    const now = new Date().toISOString();
    h.ctx
      .db!.prepare(
        `INSERT INTO stakeholders (id, kind, name, created_at, updated_at)
       VALUES ('s1', 'person', 'Anna Berg', ?, ?)`,
      )
      .run(now, now);
    const created = await area('Besöksnäring', {
      responsibleStakeholderId: 's1',
      responsibleName: 'fel namn',
    });
    expect(created.responsibleName).toBe('Anna Berg');
    expect(forgetStakeholderInFocusAreas(h.ctx.db!, 's1', now)).toBe(1);
    const after = await h.call('focusAreas:get', { id: created.id });
    expect(after).toMatchObject({ responsibleStakeholderId: null, responsibleName: '' });
  });

  it('keeps chosen areas in priority order, reorders them and puts candidates after', async () => {
    const a = await area('A');
    const b = await area('B');
    const c = await area('C');
    const cand = await area('Kandidat', { candidate: true });
    expect(cand.priority).toBe(1);
    const reordered = await h.call('focusAreas:reorder', {
      programmeId: h.programmeId,
      ids: [c.id, a.id],
    });
    expect(reordered.map((x) => [x.name, x.priority, x.candidate])).toEqual([
      ['C', 1, false],
      ['A', 2, false],
      ['B', 3, false],
      ['Kandidat', 1, true],
    ]);
    // Choosing the candidate puts it last among the chosen; deleting closes the gap.
    await h.call('focusAreas:update', { id: cand.id, name: 'Kandidat', candidate: false });
    await h.call('focusAreas:delete', { id: a.id });
    const list = await h.call('focusAreas:list', { programmeId: h.programmeId });
    expect(list.map((x) => [x.name, x.priority])).toEqual([
      ['C', 1],
      ['B', 2],
      ['Kandidat', 3],
    ]);
    const bad = await h.fail('focusAreas:reorder', { programmeId: h.programmeId, ids: ['x'] });
    expect(bad.code).toBe('VALIDATION');
    expect(b.priority).toBe(2);
  });

  it('refuses to delete a focus area that still has goals', async () => {
    const a = await area('Etablering');
    await h.call('goals:create', { programmeId: h.programmeId, focusAreaId: a.id, text: 'Mål' });
    const error = await h.fail('focusAreas:delete', { id: a.id });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('1 mål');
    expect((await h.call('focusAreas:get', { id: a.id })).goalCount).toBe(1);
  });

  it('ranks candidates by impact − effort with reasons', async () => {
    await area('Tungt', { candidate: true, impact: 2, effort: 5 });
    await area('Snabbt', { candidate: true, impact: 5, effort: 1 });
    await area('Obedömt', { candidate: true });
    await area('Stort', { impact: 5, effort: 4 });
    const ranking = await h.call('focusAreas:rank', { programmeId: h.programmeId });
    expect(ranking.map((r) => [r.name, r.rank, r.score, r.quadrant])).toEqual([
      ['Snabbt', 1, 4, 'quick_win'],
      ['Stort', 2, 1, 'major'],
      ['Tungt', 3, -3, 'costly'],
      ['Obedömt', 4, null, 'unassessed'],
    ]);
    expect(ranking[0]!.reason.sv).toContain('Snabb vinst');
  });
});

describe('ranking rule', () => {
  it('shares a rank on equal score and impact, and breaks ties by impact', () => {
    const rows = rankFocusAreas([
      { id: '1', name: 'B', candidate: true, impact: 3, effort: 1, priorityReason: '' },
      { id: '2', name: 'A', candidate: true, impact: 3, effort: 1, priorityReason: '' },
      { id: '3', name: 'C', candidate: true, impact: 4, effort: 2, priorityReason: '' },
    ]);
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 2],
    ]);
  });

  it('places every assessed pair in a quadrant', () => {
    for (let impact = 1; impact <= 5; impact++) {
      for (let effort = 1; effort <= 5; effort++) {
        expect(quadrantOf(impact, effort)).not.toBe('unassessed');
      }
    }
    expect(quadrantOf(1, 1)).toBe('fill_in');
    expect(quadrantOf(3, 5)).toBe('costly');
    expect(quadrantOf(null, 2)).toBe('unassessed');
  });
});
