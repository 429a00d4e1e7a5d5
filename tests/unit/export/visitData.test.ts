// Runs in: vitest (Node). The besöksrapport's data: counts, groupings, period, confidentiality.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadVisitReportData,
  NO_INDUSTRY,
  NO_LOCALITY,
} from '../../../electron/core/export/data/visits';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { sampleVisits, seedSettings, seedVisits } from './seed';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
  seedSettings(ctx.db!);
});
afterEach(() => ctx.cleanup());

const YEAR = { from: '2027-01-01', to: '2027-12-31', internal: false };

describe('loadVisitReportData', () => {
  it('counts visits per industry, locality and topic with the Swedish topic labels', () => {
    seedVisits(ctx.db!, sampleVisits);
    const data = loadVisitReportData(ctx.db!, YEAR);
    expect(data.visits).toBe(3);
    expect(data.companies).toBe(3);
    expect(data.byIndustry).toEqual([
      { industry: 'Verkstadsindustri', visits: 2, companies: 2 },
      { industry: 'Trävaruindustri', visits: 1, companies: 1 },
    ]);
    expect(data.byLocality.map((r) => [r.locality, r.visits])).toEqual([
      ['Åsälva', 2],
      ['Björkfors', 1],
    ]);
    expect(data.localitiesWithoutVisits).toEqual(['Östby']);
    expect(data.topics[0]).toEqual({
      topic: 'expansion',
      label: 'Expansion och investering',
      visits: 2,
    });
    expect(data.topics.map((t) => t.label)).toContain('Egen fråga om pendling');
    expect(data.satisfaction).toEqual({ average: 4, rated: 3, distribution: [0, 0, 1, 1, 1] });
    expect(data.followUps).toEqual({ needed: 3, done: 1, open: 2 });
  });

  it('keeps the text of confidential visits out, but counts them', () => {
    seedVisits(ctx.db!, sampleVisits);
    const data = loadVisitReportData(ctx.db!, YEAR);
    const json = JSON.stringify(data);
    expect(json).not.toContain('HEMLIG');
    expect(data.confidentialVisits).toBe(1);
    expect(data.confidentialLeftOut).toBe(1);
    expect(data.obstaclesLeftOut).toBe(1);
    expect(data.obstacles.map((o) => o.text)).toEqual([
      'Långa handläggningstider för bygglov',
      'Brist på svetsare',
      'Dålig kollektivtrafik till industriområdet',
    ]);
    const internal = loadVisitReportData(ctx.db!, { ...YEAR, internal: true });
    expect(JSON.stringify(internal)).toContain('HEMLIG ANTECKNING');
    expect(internal.confidentialLeftOut).toBe(0);
    expect(internal.obstacles.find((o) => o.text === 'HEMLIGT HINDER')?.confidential).toBe(true);
  });

  it('never loads participants', () => {
    seedVisits(ctx.db!, sampleVisits);
    const json = JSON.stringify(loadVisitReportData(ctx.db!, { ...YEAR, internal: true }));
    expect(json).not.toContain('Anna Andersson');
    expect(json).not.toContain('Näringslivsutvecklaren');
  });

  it('includes both ends of the period and leaves deleted visits out', () => {
    const ids = seedVisits(ctx.db!, [
      { company: 'A', date: '2026-12-31' },
      { company: 'B', date: '2027-01-01' },
      { company: 'C', date: '2027-12-31' },
      { company: 'D', date: '2028-01-01' },
      { company: 'E', date: '2027-06-01' },
    ]);
    ctx.db!.prepare("UPDATE visits SET deleted_at = '2027-07-01' WHERE id = ?").run(ids[4]);
    const data = loadVisitReportData(ctx.db!, YEAR);
    expect(data.visits).toBe(2);
    expect(data.byIndustry).toEqual([{ industry: NO_INDUSTRY, visits: 2, companies: 2 }]);
    expect(data.byLocality).toEqual([{ locality: NO_LOCALITY, visits: 2, companies: 2 }]);
    expect(data.satisfaction.average).toBeNull();
  });

  it('names an industry by its SNI code when the text is missing', () => {
    seedVisits(ctx.db!, [{ company: 'A', sni: '62010', date: '2027-02-01' }]);
    expect(loadVisitReportData(ctx.db!, YEAR).byIndustry[0]!.industry).toBe('SNI 62010');
  });
});
