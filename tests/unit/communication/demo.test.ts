// Runs in: vitest (Node). The demo communication on the example municipality: a plan across
// audiences with upward items, two years of log, briefings with exactly one body overdue, items told
// from finished actions, and the same rows on a second run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastBriefingPerBody } from '../../../electron/core/communication/briefingStatus';
import { generateCommunicationDemo } from '../../../electron/core/communication/demo';
import { channelSpread } from '../../../electron/core/communication/stats';
import { generateDemo } from '../../../electron/core/demo/generate';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { makeCommunicationHarness, type CommunicationHarness } from './fixtures';

let h: CommunicationHarness;
beforeEach(() => {
  h = makeCommunicationHarness();
});
afterEach(() => h.ctx.cleanup());

const today = '2026-03-15';

function emptyAndGenerate(): string {
  const db = h.ctx.db!;
  // The fixture rows stand in the way of the demo generator, which wants an empty register.
  db.exec(`DELETE FROM actions; DELETE FROM goals; DELETE FROM stakeholders;
           UPDATE programmes SET is_current = 0;`);
  generateDemo(db, { size: 'demo', today });
  return currentProgrammeId(db)!;
}

describe('communication demo', () => {
  it('writes a believable plan, log and briefings with one body overdue', async () => {
    const programmeId = emptyAndGenerate();
    const db = h.ctx.db!;
    const plan = await h.call('communication:planList', { programmeId });
    expect(plan.length).toBeGreaterThanOrEqual(10);
    expect(plan.filter((p) => p.upward).length).toBeGreaterThanOrEqual(2);
    const audiences = new Set(plan.flatMap((p) => p.audiences));
    expect(audiences.size).toBe(6);
    const fromActions = plan.filter((p) => p.source?.kind === 'action');
    expect(fromActions).toHaveLength(2);
    expect(fromActions.every((p) => p.source?.label)).toBe(true);

    const log = await h.call('communication:logList', { programmeId });
    expect(log.length).toBeGreaterThanOrEqual(25);
    const years = new Set(log.map((e) => e.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(2);
    expect(log.some((e) => e.planItemId && e.planItemMessage)).toBe(true);

    const status = lastBriefingPerBody(db, programmeId, today);
    expect(status.map((s) => s.body).sort()).toEqual(['KF', 'KS', 'KSAU', 'Näringslivsråd']);
    expect(status.filter((s) => s.overdue).map((s) => s.body)).toEqual(['KF']);
    const briefings = await h.call('communication:briefingList', { programmeId });
    expect(briefings.some((b) => b.participants.some((p) => p.stakeholderId))).toBe(true);

    const spread = channelSpread(db, programmeId, 2026);
    expect(Object.values(spread.byChannel).filter((n) => n > 0).length).toBeGreaterThan(3);
    const untold = await h.call('communication:untold', { programmeId });
    expect(untold.length).toBeGreaterThan(0);
  });

  it('gives the same rows on a second run and leaves existing communication alone', () => {
    const snapshot = () => {
      const db = h.ctx.db!;
      return JSON.stringify([
        db
          .prepare('SELECT id, message, planned_date FROM communication_plan_items ORDER BY id')
          .all(),
        db.prepare('SELECT id, date, what FROM communication_log ORDER BY id').all(),
        db.prepare('SELECT id, date, body FROM politician_briefings ORDER BY id').all(),
        db.prepare('SELECT id, name FROM politician_briefing_participants ORDER BY id').all(),
      ]);
    };
    const programmeId = emptyAndGenerate();
    const first = snapshot();
    expect(generateCommunicationDemo(h.ctx.db!, programmeId, today).planItems).toBe(0);
    h.ctx.cleanup();
    h = makeCommunicationHarness();
    emptyAndGenerate();
    expect(snapshot()).toBe(first);
  });
});
