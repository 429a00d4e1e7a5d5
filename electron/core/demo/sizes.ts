// Runs in: main process / Node. How much data each demo size holds (see docs: BENCHMARKS.md).

export type DemoSize = 'demo' | 'small' | 'large';

export interface DemoSizeSpec {
  companies: number;
  stakeholders: number;
  visits: number;
  /** How far back the visits go. */
  visitDays: number;
  /** Places left without visits, so the coverage view shows gaps. */
  leaveUnreached: boolean;
}

export const demoSizes: Record<DemoSize, DemoSizeSpec> = {
  /** A believable small municipality in its first year with the app. */
  demo: { companies: 300, stakeholders: 80, visits: 120, visitDays: 365, leaveUnreached: true },
  /** A typical officer after four years. */
  small: {
    companies: 1500,
    stakeholders: 300,
    visits: 600,
    visitDays: 1461,
    leaveUnreached: false,
  },
  /** Stress data for the benchmarks. */
  large: {
    companies: 100_000,
    stakeholders: 20_000,
    visits: 20_000,
    visitDays: 1461,
    leaveUnreached: false,
  },
};
