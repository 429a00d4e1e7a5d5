// Runs in: vitest (Node). The briefing reminder (I09): the overdue rule on its boundary, intervals
// per body, bodies told apart without case; "how long ago" in words; and the channel spread (I27).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  lastBriefingPerBody,
  setBriefingInterval,
} from '../../../electron/core/communication/briefingStatus';
import { channelSpread } from '../../../electron/core/communication/stats';
import { elapsed, isBriefingOverdue } from '../../../shared/domain/communication';
import { makeCommunicationHarness, type CommunicationHarness } from './fixtures';

let h: CommunicationHarness;
beforeEach(() => {
  h = makeCommunicationHarness();
});
afterEach(() => h.ctx.cleanup());

const brief = (date: string, body: string) =>
  h.call('communication:briefingCreate', { programmeId: h.programmeId, date, body });

describe('the overdue rule', () => {
  it('is overdue from the interval day on, and always when never briefed', () => {
    expect(isBriefingOverdue('2026-01-01', '2026-03-31', 90)).toBe(false); // 89 days
    expect(isBriefingOverdue('2026-01-01', '2026-04-01', 90)).toBe(true); // 90 days
    expect(isBriefingOverdue(null, '2026-04-01', 90)).toBe(true);
  });

  it('says how long ago in days, weeks or months', () => {
    expect(elapsed(3)).toEqual({ unit: 'day', count: 3 });
    expect(elapsed(13)).toEqual({ unit: 'day', count: 13 });
    expect(elapsed(14)).toEqual({ unit: 'week', count: 2 });
    expect(elapsed(59)).toEqual({ unit: 'week', count: 8 });
    expect(elapsed(125)).toEqual({ unit: 'month', count: 4 });
  });
});

describe('last briefing per body', () => {
  it('uses the latest briefing per body, the default 90 days and overdue bodies first', async () => {
    await brief('2026-01-10', 'KS');
    await brief('2025-10-01', 'KS');
    await brief('2026-03-20', 'ksau');
    await brief('2026-03-01', 'KSAU ');
    await brief('2025-09-01', 'KF');
    const deleted = await brief('2026-03-30', 'KF');
    await h.call('communication:briefingDelete', { id: deleted.id });
    const list = lastBriefingPerBody(h.ctx.db!, h.programmeId, '2026-04-10');
    expect(list).toEqual([
      { body: 'KF', lastDate: '2025-09-01', daysSince: 221, intervalDays: 90, overdue: true },
      { body: 'KS', lastDate: '2026-01-10', daysSince: 90, intervalDays: 90, overdue: true },
      { body: 'ksau', lastDate: '2026-03-20', daysSince: 21, intervalDays: 90, overdue: false },
    ]);
  });

  it('follows an interval set per body, and lists a body with an interval but no briefing', async () => {
    await brief('2026-03-01', 'KSAU');
    await brief('2026-01-10', 'KS');
    const db = h.ctx.db!;
    expect(setBriefingInterval(db, 'ksau', 30)).toEqual({ body: 'ksau', days: 30 });
    await h.call('communication:setBriefingInterval', { body: 'KS', days: 120 });
    await h.call('communication:setBriefingInterval', { body: 'Näringslivsråd', days: 60 });
    const list = lastBriefingPerBody(db, h.programmeId, '2026-04-10');
    expect(list.map((s) => [s.body, s.intervalDays, s.overdue])).toEqual([
      ['Näringslivsråd', 60, true],
      ['KSAU', 30, true],
      ['KS', 120, false],
    ]);
    // Back to the default, and a briefing today clears the reminder.
    await h.call('communication:setBriefingInterval', { body: 'KS', days: null });
    await brief('2026-04-10', 'KSAU');
    const after = lastBriefingPerBody(db, h.programmeId, '2026-04-10');
    expect(after.find((s) => s.body === 'KS')).toMatchObject({ intervalDays: 90, overdue: true });
    expect(after.find((s) => s.body === 'KSAU')).toMatchObject({ daysSince: 0, overdue: false });
    const bad = await h.fail('communication:setBriefingInterval', { body: 'KS', days: 3 });
    expect(bad.fields?.days).toBe('Minst 7 dagar');
  });
});

describe('channel spread', () => {
  it('counts one year’s log entries per channel, per audience and upward, and the briefings', async () => {
    const log = (
      date: string,
      channel: 'web' | 'meeting',
      audiences: ('public' | 'politicians' | 'companies')[],
      upward = false,
    ) =>
      h.call('communication:logCreate', {
        programmeId: h.programmeId,
        date,
        channel,
        audiences,
        what: 'Något berättat',
        upward,
      });
    await log('2026-02-01', 'web', ['public', 'companies']);
    await log('2026-05-01', 'web', ['public']);
    await log('2026-06-01', 'meeting', ['politicians'], true);
    await log('2025-12-31', 'meeting', ['politicians'], true);
    const gone = await log('2026-07-01', 'web', ['public']);
    await h.call('communication:logDelete', { id: gone.id });
    await brief('2026-03-01', 'KS');
    const spread = channelSpread(h.ctx.db!, h.programmeId, 2026);
    expect(spread).toMatchObject({ year: 2026, total: 3, upward: 1, briefings: 1 });
    expect(spread.byChannel).toMatchObject({ web: 2, meeting: 1, press: 0 });
    expect(spread.byAudience).toEqual({
      companies: 1,
      politicians: 1,
      staff: 0,
      public: 2,
      media: 0,
      regional: 0,
    });
    const viaContract = await h.call('communication:channelSpread', {
      programmeId: h.programmeId,
      year: 2025,
    });
    expect(viaContract).toMatchObject({ total: 1, upward: 1, briefings: 0 });
  });
});
