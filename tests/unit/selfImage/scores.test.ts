// Runs in: vitest (Node). The statements and their scores: defaults, editing rules, a company's
// scores at a visit, the municipality's own respondents, the gap calculation and the GDPR erase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeFromTrash } from '../../../electron/core/trash/purge';
import { compareSides, sortedGaps } from '../../../shared/domain/selfImage';
import { makeClimateHarness, type ClimateHarness } from '../staircase/fixtures';

let h: ClimateHarness;
let ids: string[];
beforeEach(async () => {
  h = makeClimateHarness();
  ids = (await h.call('selfImage:statements', {})).map((s) => s.id);
});
afterEach(() => h.ctx.cleanup());

describe('self-image statements', () => {
  it('starts with eight statements and can add, reword and delete unused ones', async () => {
    const start = await h.call('selfImage:statements', {});
    expect(start).toHaveLength(8);
    expect(start[0]!.text).toBe('Kommunen är lätt att få kontakt med');
    const added = await h.call('selfImage:addStatement', {
      text: 'Det är lätt att hitta information på webben',
    });
    expect(added.at(-1)!.position).toBe(9);
    const reworded = await h.call('selfImage:updateStatement', {
      id: added.at(-1)!.id,
      text: 'Det är lätt att hitta information på kommunens webbplats',
    });
    expect(reworded.at(-1)!.text).toContain('webbplats');
    const dup = await h.fail('selfImage:addStatement', {
      text: 'kommunen är lätt att få kontakt med',
    });
    expect(dup.fields?.text).toBe('Det påståendet finns redan.');
    const after = await h.call('selfImage:deleteStatement', { id: added.at(-1)!.id });
    expect(after).toHaveLength(8);
  });

  it('refuses to delete a statement that has answers', async () => {
    await h.call('selfImage:saveVisitScores', {
      visitId: 'visit',
      scores: [{ statementId: ids[0]!, score: 2 }],
    });
    const refused = await h.fail('selfImage:deleteStatement', { id: ids[0]! });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('har 1 svar och kan inte tas bort');
  });
});

describe('self-image scores', () => {
  it('saves a company’s scores at a visit, replaces them and removes them when emptied', async () => {
    const first = await h.call('selfImage:saveVisitScores', {
      visitId: 'visit',
      scores: [
        { statementId: ids[0]!, score: 4 },
        { statementId: ids[1]!, score: 2 },
      ],
    });
    expect(first.respondent).toMatchObject({
      side: 'company',
      name: 'Exeby Trä AB',
      companyId: 'co-tra',
      source: 'visit',
      answeredOn: '2026-01-05',
    });
    const again = await h.call('selfImage:saveVisitScores', {
      visitId: 'visit',
      scores: [{ statementId: ids[1]!, score: 3 }],
    });
    expect(again.respondent!.id).toBe(first.respondent!.id);
    expect(again.respondent!.scores).toEqual([{ statementId: ids[1]!, score: 3 }]);
    expect((await h.call('selfImage:forVisit', { visitId: 'visit' })).respondent?.id).toBe(
      first.respondent!.id,
    );
    const cleared = await h.call('selfImage:saveVisitScores', { visitId: 'visit', scores: [] });
    expect(cleared.respondent).toBeNull();
  });

  it('refuses a score outside 1–5 and an unknown statement, in Swedish', async () => {
    const six = await h.fail('selfImage:saveVisitScores', {
      visitId: 'visit',
      scores: [{ statementId: ids[0]!, score: 6 }],
    });
    expect(six.fields?.['scores.0.score']).toBe('Ange en siffra 1–5');
    const unknown = await h.fail('selfImage:saveRespondent', {
      side: 'municipality',
      name: 'Kommundirektör',
      role: 'official',
      answeredOn: '2026-01-10',
      scores: [{ statementId: 'nope', score: 3 }],
    });
    expect(unknown.fields?.['scores.0.statementId']).toBe('Påståendet finns inte längre.');
  });

  it('compares the municipality’s mean with the companies’ and sorts the gaps', async () => {
    const municipal = (name: string, scores: number[]) =>
      h.call('selfImage:saveRespondent', {
        side: 'municipality',
        name,
        role: 'official',
        answeredOn: '2026-01-10',
        scores: scores.map((score, i) => ({ statementId: ids[i]!, score })),
      });
    await municipal('Kommundirektör', [5, 4, 3]);
    await municipal('Bygglovschef', [4, 4]);
    await h.call('selfImage:saveVisitScores', {
      visitId: 'visit',
      scores: [
        { statementId: ids[0]!, score: 2 },
        { statementId: ids[1]!, score: 4 },
        { statementId: ids[2]!, score: 5 },
      ],
    });
    await h.call('selfImage:saveRespondent', {
      side: 'company',
      name: 'Byggarna i Exeby AB',
      companyId: 'co-bygg',
      answeredOn: '2026-01-08',
      scores: [{ statementId: ids[0]!, score: 3 }],
    });
    const c = await h.call('selfImage:comparison', {});
    expect(c.respondents).toEqual({ company: 2, municipality: 2 });
    const row = c.rows[0]!;
    expect(row).toMatchObject({
      municipalityMean: 4.5,
      municipalityN: 2,
      companyMean: 2.5,
      companyN: 2,
    });
    expect(row.gap).toBeCloseTo(2);
    expect(c.gaps.map((g) => [g.statementId, g.gap])).toEqual([
      [ids[0], 2],
      [ids[2], -2],
      [ids[1], 0],
    ]);
    expect(c.rows[3]!.gap).toBeNull();
    // A visit in the trash does not count until it is restored.
    h.run("UPDATE visits SET deleted_at = '2026-01-11' WHERE id = 'visit'");
    const without = await h.call('selfImage:comparison', {});
    expect(without.respondents.company).toBe(1);
    expect(without.rows[0]!.companyMean).toBe(3);
  });

  it('computes gaps from plain numbers', () => {
    const rows = compareSides(
      [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
      [
        { statementId: 'a', side: 'municipality', score: 4 },
        { statementId: 'a', side: 'company', score: 3 },
        { statementId: 'b', side: 'municipality', score: 2 },
        { statementId: 'b', side: 'company', score: 5 },
        { statementId: 'b', side: 'company', score: 4 },
      ],
    );
    expect(rows.map((r) => r.gap)).toEqual([1, -2.5]);
    expect(sortedGaps(rows).map((r) => r.statementId)).toEqual(['b', 'a']);
  });

  it('unlinks and renames a municipal respondent on GDPR erase but keeps the scores', async () => {
    const r = await h.call('selfImage:saveRespondent', {
      side: 'municipality',
      name: 'Anna Öberg',
      role: 'politician',
      stakeholderId: 'st-anna',
      answeredOn: '2026-01-10',
      scores: [{ statementId: ids[0]!, score: 5 }],
    });
    h.run("UPDATE stakeholders SET deleted_at = '2026-01-12' WHERE id = 'st-anna'");
    purgeFromTrash(h.ctx.db!, 'stakeholder', 'st-anna');
    const [after] = await h.call('selfImage:respondents', { side: 'municipality' });
    expect(after).toMatchObject({ id: r.id, name: 'Borttagen person', stakeholderId: null });
    expect(after!.scores).toHaveLength(1);
  });
});
