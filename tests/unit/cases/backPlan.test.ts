// Runs in: vitest (Node). Planning backwards from a KF meeting in Swedish working days.
import { describe, expect, it } from 'vitest';
import { planBackwards, type CalendarMeeting } from '../../../electron/core/cases/backPlan';

const meeting = (body: CalendarMeeting['body'], date: string, days?: number): CalendarMeeting => ({
  id: `${body}-${date}`,
  body,
  date,
  deadlineWorkingDays: days ?? (body === 'kf' ? 15 : 10),
});

/** Spring and autumn 2027: KSAU a week before KS; KF in April, June and September. */
const calendar: CalendarMeeting[] = [
  ...[
    '2027-01-18',
    '2027-02-15',
    '2027-03-15',
    '2027-04-12',
    '2027-05-10',
    '2027-06-07',
    '2027-08-16',
  ].map((d) => meeting('ksau', d)),
  ...[
    '2027-01-25',
    '2027-02-22',
    '2027-03-22',
    '2027-04-19',
    '2027-05-17',
    '2027-06-14',
    '2027-08-23',
  ].map((d) => meeting('ks', d)),
  ...['2027-04-26', '2027-06-14', '2027-09-27'].map((d) => meeting('kf', d)),
];
const kfJune = calendar.find((m) => m.id === 'kf-2027-06-14')!;

describe('planning backwards from KF', () => {
  it('chooses the latest KS and KSAU that make each deadline, and a six-week remiss before', () => {
    const plan = planBackwards({
      target: kfJune,
      meetings: calendar,
      remissWeeks: 6,
      today: '2026-12-01',
    });
    // KF 14 June minus 15 working days (6 June is a Sunday, Ascension Day lies earlier).
    expect(plan.kf).toMatchObject({ date: '2027-06-14', submitBy: '2027-05-24' });
    // The KS of 14 June is after the KF deadline; 17 May makes it.
    expect(plan.ks).toMatchObject({ date: '2027-05-17', submitBy: '2027-04-30' });
    // 10 working days before 17 May skip Ascension Day (6 May) → 30 April; KSAU 10 May is too late.
    expect(plan.ksau).toMatchObject({ date: '2027-04-12', submitBy: '2027-03-25' });
    // 10 working days before 12 April skip Good Friday and Easter Monday → 25 March.
    expect(plan.remiss).toEqual({ start: '2027-01-28', end: '2027-03-11', weeks: 6 });
    expect(plan.warnings).toEqual([]);
    expect(plan.reachable).toBe(true);
    expect(plan.earliestReachableKf).toBeNull();
    expect(plan.milestones.map((m) => m.kind)).toEqual([
      'remiss-start',
      'remiss-end',
      'ksau-submit',
      'ksau',
      'ks-submit',
      'ks',
      'kf-submit',
      'kf',
    ]);
    expect(plan.milestones.map((m) => m.date)).toEqual(
      [...plan.milestones.map((m) => m.date)].sort(),
    );
  });

  it('uses each meeting’s own deadline', () => {
    const strict = calendar.map((m) => (m.body === 'kf' ? { ...m, deadlineWorkingDays: 25 } : m));
    const plan = planBackwards({
      target: strict.find((m) => m.id === 'kf-2027-06-14')!,
      meetings: strict,
      remissWeeks: 0,
      today: '2026-12-01',
    });
    expect(plan.kf?.submitBy).toBe('2027-05-10');
    expect(plan.ks?.date).toBe('2027-04-19');
    expect(plan.remiss).toBeNull();
    expect(plan.milestones[0]!.kind).toBe('ksau-submit');
  });

  it('warns in Swedish when there are no KS or KSAU meetings', () => {
    const onlyKf = calendar.filter((m) => m.body === 'kf');
    const plan = planBackwards({
      target: kfJune,
      meetings: onlyKf,
      remissWeeks: 6,
      today: '2026-12-01',
    });
    expect(plan.ks).toBeNull();
    expect(plan.ksau).toBeNull();
    expect(plan.remiss).toBeNull();
    expect(plan.reachable).toBe(false);
    expect(plan.earliestReachableKf).toBeNull();
    expect(plan.warnings[0]).toContain('inget sammanträde för kommunstyrelsen (KS)');
    expect(plan.warnings.at(-1)).toContain('inget senare fullmäktige');

    const noKsau = calendar.filter((m) => m.body !== 'ksau');
    const second = planBackwards({
      target: kfJune,
      meetings: noKsau,
      remissWeeks: 6,
      today: '2026-12-01',
    });
    expect(second.ks?.date).toBe('2027-05-17');
    expect(second.ksau).toBeNull();
    expect(second.warnings[0]).toContain('kommunstyrelsens arbetsutskott (KSAU)');
  });

  it('says when the target cannot be reached and proposes the first KF that can', () => {
    const plan = planBackwards({
      target: kfJune,
      meetings: calendar,
      remissWeeks: 6,
      today: '2027-02-15',
    });
    expect(plan.reachable).toBe(false);
    expect(plan.warnings[0]).toBe(
      'Remissen skulle ha skickats senast 28 januari 2027 för en remisstid på 6 veckor. Räknat från i dag hinns bara 3 veckors remisstid före KSAU.',
    );
    expect(plan.earliestReachableKf).toEqual({ meetingId: 'kf-2027-09-27', date: '2027-09-27' });
    expect(plan.warnings.at(-1)).toBe(
      'Målet kan inte nås. Det tidigaste fullmäktige som hinns är den 27 september 2027.',
    );
  });

  it('warns about deadlines that have already passed', () => {
    const plan = planBackwards({
      target: kfJune,
      meetings: calendar,
      remissWeeks: 0,
      today: '2027-04-01',
    });
    expect(plan.reachable).toBe(false);
    expect(plan.warnings).toContain(
      'Sista dag för handlingar till kommunstyrelsens arbetsutskott (KSAU) var 25 mars 2027 och har redan passerat.',
    );
    const over = planBackwards({
      target: kfJune,
      meetings: calendar,
      remissWeeks: 0,
      today: '2027-06-20',
    });
    expect(over.warnings).toContain(
      'Sammanträdet i kommunfullmäktige (KF) den 14 juni 2027 har redan varit.',
    );
    expect(over.earliestReachableKf).toBeNull();
  });

  it('raises no warnings for stages the case has already passed', () => {
    const plan = planBackwards({
      target: kfJune,
      meetings: calendar,
      remissWeeks: 6,
      today: '2027-04-20',
      passed: ['remiss', 'ksau'],
    });
    expect(plan.warnings).toEqual([]);
    expect(plan.reachable).toBe(true);
  });
});
