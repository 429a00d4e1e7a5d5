// Runs in: vitest (Node). The green/yellow/red rule (F11): direction, missing data, override,
// measurements before the baseline, after the target date, target reached, and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computedStatus,
  expectedShare,
  goalStatus,
  type StatusInput,
} from '../../../electron/core/goals/status';

const base: StatusInput = {
  direction: 'higher',
  baselineValue: 100,
  baselineDate: '2024-01-01',
  targetValue: 200,
  targetDate: '2026-01-01',
  measurements: [],
};
// 2025-01-01 is 366/731 of the way (2024 is a leap year): expected ≈ 0.5007.
const half = '2025-01-01';

const withLatest = (value: number, date = half, extra: Partial<StatusInput> = {}) =>
  goalStatus({ ...base, ...extra, measurements: [{ date, value }] });

describe('goal status rule', () => {
  it('is green on track, yellow a little behind and red far behind (higher is better)', () => {
    expect(withLatest(150).status).toBe('green');
    expect(withLatest(141).status).toBe('green'); // 0.41 ≥ 0.50 − 0.1
    expect(withLatest(139).status).toBe('yellow');
    expect(withLatest(121).status).toBe('yellow'); // 0.21 ≥ 0.50 − 0.3
    expect(withLatest(119).status).toBe('red');
    expect(withLatest(90).status).toBe('red'); // went the wrong way
  });

  it('reads the direction: for lead times lower is better', () => {
    const lower = { direction: 'lower' as const, baselineValue: 60, targetValue: 30 };
    expect(withLatest(45, half, lower).status).toBe('green');
    expect(withLatest(49, half, lower).status).toBe('yellow');
    expect(withLatest(58, half, lower).status).toBe('red');
    expect(withLatest(70, half, lower).status).toBe('red');
    // The same values read as "higher is better" would be wrong: 45 < 60 is backwards there.
    expect(withLatest(45, half, { ...lower, direction: 'higher' }).status).not.toBe('yellow');
  });

  it('treats a ranking place (lower is better) the same way', () => {
    const ranking = {
      direction: 'lower' as const,
      baselineValue: 180,
      targetValue: 100,
      baselineDate: '2023-09-01',
      targetDate: '2027-09-01',
    };
    const s = goalStatus({
      ...base,
      ...ranking,
      measurements: [
        { date: '2024-09-01', value: 150 },
        { date: '2025-09-01', value: 175 },
      ],
    });
    // Latest counts: 5/80 of the way at half the time.
    expect(s.status).toBe('red');
    expect(s.progress).toBeCloseTo(5 / 80, 5);
    expect(s.expected).toBeCloseTo(0.5, 2);
  });

  it('is green with "reached" once the target is reached, even early', () => {
    const s = withLatest(200, '2024-03-01');
    expect(s).toMatchObject({ status: 'green', reached: true, icon: '✔' });
    expect(s.reason.sv).toContain('Målet är nått');
    expect(withLatest(250, '2024-03-01').reached).toBe(true);
    expect(
      withLatest(25, half, { direction: 'lower', baselineValue: 60, targetValue: 30 }).reached,
    ).toBe(true);
  });

  it('after the target date expects the full way: only a reached target is green', () => {
    expect(withLatest(195, '2026-06-01').status).toBe('green'); // 0.95 ≥ 1 − 0.1
    expect(withLatest(180, '2026-06-01').status).toBe('yellow');
    expect(withLatest(160, '2026-06-01').status).toBe('red');
    expect(withLatest(160, '2026-06-01').expected).toBe(1);
  });

  it('ignores measurements dated before the baseline date', () => {
    const onlyOld = goalStatus({ ...base, measurements: [{ date: '2023-06-01', value: 300 }] });
    expect(onlyOld.status).toBe('unknown');
    expect(onlyOld.reason.sv).toContain('Inget mätvärde från utgångsläget');
    const mixed = goalStatus({
      ...base,
      measurements: [
        { date: '2023-06-01', value: 300 },
        { date: half, value: 110 },
      ],
    });
    expect(mixed.status).toBe('red');
  });

  it('uses the latest measurement whatever the order given', () => {
    const s = goalStatus({
      ...base,
      measurements: [
        { date: half, value: 150 },
        { date: '2024-06-01', value: 101 },
      ],
    });
    expect(s.status).toBe('green');
  });

  it('is unknown ("Saknar mätvärde", ?) when anything needed is missing', () => {
    const cases: Partial<StatusInput>[] = [
      { baselineValue: null },
      { baselineDate: null },
      { targetValue: null },
      { targetDate: null },
    ];
    for (const missing of cases) {
      const s = goalStatus({ ...base, ...missing, measurements: [{ date: half, value: 150 }] });
      expect(s).toMatchObject({ status: 'unknown', icon: '?' });
      expect(s.label.sv).toBe('Saknar mätvärde');
      expect(s.reason.sv).toMatch(/^Fyll i /);
    }
    const none = goalStatus(base);
    expect(none.status).toBe('unknown');
    expect(none.reason.sv).toContain('Inget mätvärde ännu');
    expect(goalStatus({ ...base, baselineValue: null, targetDate: null }).reason.sv).toBe(
      'Fyll i utgångsvärde, måldatum så kan statusen räknas fram.',
    );
  });

  it('lets a manual override with a comment win, and ignores one without a comment', () => {
    const s = withLatest(110, half, {
      statusOverride: 'green',
      statusOverrideComment: 'Ny mätmetod',
    });
    expect(s).toMatchObject({ status: 'green', overridden: true, icon: '✔' });
    expect(s.reason.sv).toBe('Satt för hand: Ny mätmetod');
    expect(s.progress).toBeCloseTo(0.1, 5);
    const unknownOverridden = goalStatus({
      ...base,
      statusOverride: 'yellow',
      statusOverrideComment: 'Mäts först i höst',
    });
    expect(unknownOverridden.status).toBe('yellow');
    const noComment = withLatest(110, half, {
      statusOverride: 'green',
      statusOverrideComment: ' ',
    });
    expect(noComment).toMatchObject({ status: 'red', overridden: false });
  });

  it('shows a ticked-off goal as reached', () => {
    const s = goalStatus({ ...base, achievedAt: '2025-05-05' });
    expect(s).toMatchObject({ status: 'green', reached: true });
  });

  it('reads a target no better than the baseline as "hold the level"', () => {
    const hold = { targetValue: 100 };
    expect(withLatest(100, half, hold).status).toBe('green');
    expect(withLatest(99, half, hold).status).toBe('red');
    expect(withLatest(99, half, hold).reason.sv).toContain('hålla nivån');
  });

  it('labels every status with text and an icon, in Swedish and English', () => {
    for (const value of [150, 130, 100]) {
      const s = withLatest(value);
      expect(s.label.sv.length).toBeGreaterThan(0);
      expect(s.label.en.length).toBeGreaterThan(0);
      expect(['✔', '!', '✖', '?']).toContain(s.icon);
      expect(s.reason.en.length).toBeGreaterThan(0);
    }
    expect(withLatest(150).reason.sv).toMatch(
      /\d+\u00a0% av vägen mot målet när \d+\u00a0% av tiden/,
    );
  });

  it('expectedShare clamps to 0–1 and handles a target date not after the baseline', () => {
    expect(expectedShare('2024-01-01', '2025-01-01', '2023-01-01')).toBe(0);
    expect(expectedShare('2024-01-01', '2025-01-01', '2026-01-01')).toBe(1);
    expect(expectedShare('2024-01-01', '2024-01-01', '2024-01-01')).toBe(1);
  });
});

describe('goal status properties', () => {
  const day = fc.integer({ min: 0, max: 3650 });
  const toDate = (n: number) =>
    new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const goal = fc
    .record({
      direction: fc.constantFrom('higher' as const, 'lower' as const),
      baseline: fc.double({ min: -1000, max: 1000, noNaN: true }),
      gap: fc.double({ min: 0.5, max: 1000, noNaN: true }),
      start: day,
      span: fc.integer({ min: 1, max: 2000 }),
      at: fc.integer({ min: 0, max: 4000 }),
      share: fc.double({ min: -2, max: 3, noNaN: true }),
    })
    .map((g) => {
      const sign = g.direction === 'higher' ? 1 : -1;
      const target = g.baseline + sign * g.gap;
      const input: StatusInput = {
        direction: g.direction,
        baselineValue: g.baseline,
        baselineDate: toDate(g.start),
        targetValue: target,
        targetDate: toDate(g.start + g.span),
        measurements: [
          { date: toDate(g.start + g.at), value: g.baseline + sign * g.gap * g.share },
        ],
      };
      return { input, share: g.share };
    });

  it('never returns unknown when every input is there, and progress matches the share', () => {
    fc.assert(
      fc.property(goal, ({ input, share }) => {
        const s = computedStatus(input);
        expect(s.status).not.toBe('unknown');
        if (!s.reached) expect(s.progress!).toBeCloseTo(share, 6);
        expect(s.expected!).toBeGreaterThanOrEqual(0);
        expect(s.expected!).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is the same for a mirrored goal (higher ↔ lower with negated values)', () => {
    fc.assert(
      fc.property(goal, ({ input }) => {
        const mirrored: StatusInput = {
          ...input,
          direction: input.direction === 'higher' ? 'lower' : 'higher',
          baselineValue: -input.baselineValue!,
          targetValue: -input.targetValue!,
          measurements: input.measurements.map((m) => ({ ...m, value: -m.value })),
        };
        expect(computedStatus(mirrored).status).toBe(computedStatus(input).status);
      }),
    );
  });

  it('never gets worse when the latest value improves', () => {
    const rank = { red: 0, yellow: 1, green: 2, unknown: -1 };
    fc.assert(
      fc.property(goal, fc.double({ min: 0, max: 500, noNaN: true }), ({ input }, better) => {
        const sign = input.direction === 'higher' ? 1 : -1;
        const improved: StatusInput = {
          ...input,
          measurements: input.measurements.map((m) => ({ ...m, value: m.value + sign * better })),
        };
        expect(rank[computedStatus(improved).status]).toBeGreaterThanOrEqual(
          rank[computedStatus(input).status],
        );
      }),
    );
  });

  it('follows the thresholds exactly: green ≥ expected − 0.1, yellow ≥ expected − 0.3', () => {
    fc.assert(
      fc.property(goal, ({ input }) => {
        const s = computedStatus(input);
        if (s.reached) return;
        const gapToExpected = s.progress! - s.expected!;
        const expected =
          gapToExpected >= -0.1 - 1e-6 ? 'green' : gapToExpected >= -0.3 - 1e-6 ? 'yellow' : 'red';
        // Exactly on a boundary float noise may go either way; elsewhere the colour is fixed.
        if (Math.abs(gapToExpected + 0.1) > 1e-6 && Math.abs(gapToExpected + 0.3) > 1e-6) {
          expect(s.status).toBe(expected);
        }
      }),
    );
  });
});
