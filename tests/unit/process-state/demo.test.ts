// Runs in: vitest (Node). The example municipality's programme work: believable, deterministic,
// and valid by the same rules the handlers enforce.
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo';
import { stepStateProblem } from '../../../shared/process';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { makeApi } from './fixtures';

const contexts: TestContext[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.cleanup()));

function demoDb() {
  const ctx = makeTestContext();
  contexts.push(ctx);
  // The example municipality's generator writes the process demo after the registers.
  generateDemo(ctx.db!, { size: 'demo', today: '2026-09-15' });
  const count = (table: string) =>
    (ctx.db!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const counts = { programmes: count('programmes'), anchoring: count('anchoring_log') };
  return { ctx, counts };
}

describe('process demo', () => {
  it('writes the revision as current, up to phase 3, with skipped steps and an anchoring log', async () => {
    const { ctx, counts } = demoDb();
    expect(counts).toMatchObject({ programmes: 2, anchoring: 10 });
    const api = makeApi(ctx);
    const { programme } = await api.call('programmes:current', {});
    expect(programme).toMatchObject({
      name: 'Näringslivsprogram 2027–2030',
      status: 'draft',
      ownerBody: 'Kommunstyrelsen',
      commissionDecisionRef: 'KS 2026-02-27 § 45',
    });
    const state = await api.call('process:get', { programmeId: programme!.id });
    const phase = (id: string) => state.progress.find((p) => p.phase === id)!;
    expect(phase('mandate').done).toBeGreaterThan(5);
    expect(phase('analysis').skippedStepIds).toEqual(['self-image', 'policy-check']);
    expect(phase('dialogue').inProgress).toBeGreaterThan(0);
    expect(phase('programme').done + phase('programme').inProgress).toBe(0);
    for (const s of state.steps) {
      expect(stepStateProblem({ status: s.status, reason: s.notRelevantReason })).toBeNull();
    }

    const log = await api.call('anchoring:list', { programmeId: programme!.id, limit: 100 });
    expect(log.total).toBe(10);
    expect(log.rows.filter((r) => r.stakeholderId !== null).length).toBeGreaterThan(5);
    expect(log.rows.every((r) => (r.who !== '' || r.body !== '') && r.date <= '2026-09-15')).toBe(
      true,
    );
    expect(new Set(log.rows.map((r) => r.internalExternal))).toEqual(
      new Set(['internal', 'external']),
    );
  });

  it('gives the same ids and rows for the same day', () => {
    const dump = (ctx: TestContext) =>
      JSON.stringify([
        ctx.db!.prepare('SELECT * FROM programmes ORDER BY id').all(),
        ctx.db!.prepare('SELECT * FROM process_step_states ORDER BY programme_id, step_id').all(),
        ctx.db!.prepare('SELECT * FROM anchoring_log ORDER BY id').all(),
      ]);
    expect(dump(demoDb().ctx)).toBe(dump(demoDb().ctx));
  });
});
