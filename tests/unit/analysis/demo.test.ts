// Runs in: vitest (Node). The example municipality's analysis material: six indicators with nine
// years and comparison series, texts with sources, five steering documents with the policy check
// half done and one conflict, linked to focus areas; the same on every run for the same day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoValue } from '../../../electron/core/analysis/demo';
import { generateDemo } from '../../../electron/core/demo/generate';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { analysisHandlers } from '../../../electron/core/analysis/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

async function call<T>(method: string, input: unknown): Promise<T> {
  const dispatch = createDispatcher(ctx, analysisHandlers as unknown as Handlers);
  const result = await dispatch(method as never, input as never);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

describe('analysis demo', () => {
  it('writes believable statistics, texts and steering documents', async () => {
    generateDemo(ctx.db!, { size: 'demo', today: '2026-03-15' });
    const programmeId = currentProgrammeId(ctx.db!)!;
    const indicators = await call<
      { id: string; name: string; firstYear: number; latest: { year: number } }[]
    >('statistics:list', { programmeId });
    expect(indicators).toHaveLength(6);
    expect(indicators.map((i) => i.name)).toContain('Nyföretagande per 1 000 invånare');
    for (const i of indicators) {
      expect(i.firstYear).toBe(2016);
      expect(i.latest.year).toBe(2024);
    }
    const withRiket = indicators.find((i) => i.name.startsWith('Sysselsättningsgrad'))!;
    const full = await call<{ comparisons: string[]; values: unknown[] }>('statistics:get', {
      id: withRiket.id,
    });
    expect(full.comparisons).toEqual(['Riket']);
    expect(full.values).toHaveLength(18);

    const texts = await call<{ texts: { kind: string; body: string; sources: unknown[] }[] }>(
      'analysisTexts:get',
      { programmeId },
    );
    const external = texts.texts.find((t) => t.kind === 'external')!;
    expect(external.body.length).toBeGreaterThan(300);
    expect(external.sources.length).toBeGreaterThanOrEqual(2);

    const register = await call<{
      summary: { total: number; checked: number; unchecked: number; conflicts: number };
      documents: { focusAreas: unknown[] }[];
    }>('steering:list', { programmeId });
    expect(register.summary).toEqual({ total: 5, checked: 3, unchecked: 2, conflicts: 1 });
    expect(register.documents.filter((d) => d.focusAreas.length > 0).length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('is the same on a second run for the same day', () => {
    const dump = (c: TestContext) => {
      generateDemo(c.db!, { size: 'demo', today: '2026-03-15' });
      return c
        .db!.prepare(
          `SELECT id, name, created_at FROM statistics_indicators UNION ALL
           SELECT id, title, created_at FROM steering_documents ORDER BY 1`,
        )
        .all();
    };
    const other = makeTestContext();
    try {
      expect(dump(ctx)).toEqual(dump(other));
    } finally {
      other.cleanup();
    }
  });

  it('keeps the first and last values and stays close to the line between', () => {
    expect(demoValue(10, 20, 0, 8, 1)).toBe(10);
    expect(demoValue(10, 20, 8, 8, 1)).toBe(20);
    const mid = demoValue(10, 20, 4, 8, 1);
    expect(Math.abs(mid - 15)).toBeLessThan(1);
  });
});
