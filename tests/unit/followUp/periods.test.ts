// Runs in: vitest (Node). The cadence arithmetic: calendar periods, the turn of the year, which
// periods are due, overdue, started or done, the next follow-up, and the encouraging opening.
import { describe, expect, it } from 'vitest';
import {
  followUpPeriods,
  highlights,
  nextFollowUp,
  nextPeriod,
  periodOf,
  periodsUntil,
} from '../../../shared/domain/followUp';

const range = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd });

describe('periods', () => {
  it('puts a date in the calendar period of each cadence', () => {
    expect(periodOf('quarterly', '2026-05-17')).toMatchObject({
      key: '2026-K2',
      start: '2026-04-01',
      end: '2026-06-30',
      label: { sv: 'Kvartal 2 2026', en: 'Q2 2026' },
    });
    expect(periodOf('monthly', '2028-02-10')).toMatchObject({
      key: '2028-02',
      end: '2028-02-29',
      label: { sv: 'februari 2028' },
    });
    expect(periodOf('tertial', '2026-08-31')).toMatchObject({
      key: '2026-T2',
      start: '2026-05-01',
      end: '2026-08-31',
    });
    expect(periodOf('half_year', '2026-07-01')).toMatchObject({
      key: '2026-H2',
      end: '2026-12-31',
    });
    expect(periodOf('year', '2026-07-01')).toMatchObject({ key: '2026', start: '2026-01-01' });
  });

  it('crosses the turn of the year', () => {
    expect(nextPeriod('quarterly', periodOf('quarterly', '2026-12-31')).key).toBe('2027-K1');
    expect(nextPeriod('monthly', periodOf('monthly', '2026-12-05')).key).toBe('2027-01');
    expect(nextPeriod('tertial', periodOf('tertial', '2026-09-01')).key).toBe('2027-T1');
    expect(periodsUntil('quarterly', '2025-11-15', '2026-02-01').map((p) => p.key)).toEqual([
      '2025-K4',
      '2026-K1',
    ]);
    expect(periodsUntil('half_year', '2024-03-01', '2026-01-01').map((p) => p.key)).toEqual([
      '2024-H1',
      '2024-H2',
      '2025-H1',
      '2025-H2',
      '2026-H1',
    ]);
    expect(periodsUntil('year', '2027-01-01', '2026-06-01')).toEqual([]);
  });

  it('tells done, started, current, due and overdue periods apart, newest first', () => {
    const periods = followUpPeriods(
      { cadence: 'quarterly', startDate: '2025-01-01' },
      '2026-01-20',
      [
        { id: 'r1', periodKey: '2025-K1', ...range('2025-01-01', '2025-03-31'), status: 'closed' },
        { id: 'r2', periodKey: '2025-K2', ...range('2025-04-01', '2025-06-30'), status: 'draft' },
      ],
    );
    expect(periods.map((p) => [p.key, p.state, p.recordId])).toEqual([
      ['2026-K1', 'upcoming', null],
      ['2025-K4', 'due', null],
      ['2025-K3', 'overdue', null],
      ['2025-K2', 'draft', 'r2'],
      ['2025-K1', 'done', 'r1'],
    ]);
    expect(periods[1]!.dueDate).toBe('2025-12-31');
    // The oldest period still waiting comes first.
    expect(nextFollowUp(periods)?.key).toBe('2025-K2');
  });

  it('counts a closed record of an earlier cadence for the periods inside it', () => {
    const periods = followUpPeriods({ cadence: 'monthly', startDate: '2025-01-01' }, '2025-07-10', [
      { id: 'q1', periodKey: '2025-K1', ...range('2025-01-01', '2025-03-31'), status: 'closed' },
      { id: 'q2', periodKey: '2025-K2', ...range('2025-04-01', '2025-06-30'), status: 'draft' },
    ]);
    expect(periods.map((p) => [p.key, p.state, p.recordId])).toEqual([
      ['2025-07', 'upcoming', null],
      ['2025-06', 'due', null],
      ['2025-05', 'overdue', null],
      ['2025-04', 'overdue', null],
      ['2025-03', 'done', 'q1'],
      ['2025-02', 'done', 'q1'],
      ['2025-01', 'done', 'q1'],
    ]);
  });

  it('counts the grace days from the last day of the period', () => {
    const state = (today: string) =>
      followUpPeriods({ cadence: 'quarterly', startDate: '2026-01-01' }, today, [])[1]?.state;
    expect(state('2026-04-30')).toBe('due');
    expect(state('2026-05-01')).toBe('overdue');
  });

  it('points at the current period when everything is followed up', () => {
    const periods = followUpPeriods({ cadence: 'year', startDate: '2025-03-01' }, '2026-03-01', [
      { id: 'a', periodKey: '2025', ...range('2025-01-01', '2025-12-31'), status: 'closed' },
    ]);
    expect(nextFollowUp(periods)).toMatchObject({
      key: '2026',
      state: 'upcoming',
      dueDate: '2026-12-31',
    });
    expect(nextFollowUp([])).toBeNull();
  });
});

describe('the opening of a follow-up', () => {
  const none = {
    actionsDone: 0,
    goalsTotal: 0,
    goalsGreen: 0,
    goalsReached: 0,
    actionsInProgress: 0,
    actionsDropped: 0,
    lessons: 0,
    first: false,
  };

  it('starts with what was achieved', () => {
    const lines = highlights({
      ...none,
      actionsDone: 3,
      goalsTotal: 5,
      goalsGreen: 2,
      actionsDropped: 1,
    });
    expect(lines[0]!.sv).toBe('3 aktiviteter klara sedan förra uppföljningen.');
    expect(lines[0]!.en).toBe('3 actions done since the previous follow-up.');
    expect(lines.map((l) => l.sv)).toContain('2 av 5 mål är i fas.');
    expect(lines.at(-1)!.sv).toMatch(/valdes bort, vilket ger tid till det som fungerar/);
  });

  it('uses singular forms and says "hittills" the first time', () => {
    expect(highlights({ ...none, actionsDone: 1, first: true })[0]!.sv).toBe(
      '1 aktivitet klar hittills.',
    );
  });

  it('is never empty and never blames', () => {
    const lines = highlights(none);
    expect(lines).toHaveLength(1);
    const all = highlights({ ...none, goalsTotal: 4, actionsDropped: 2, lessons: 2 })
      .map((l) => `${l.sv} ${l.en}`)
      .join(' ');
    expect(all).not.toMatch(/misslyck|fail|dålig|bad|skuld|blame/i);
  });
});
