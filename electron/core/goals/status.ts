// Runs in: main process / Node (pure; no database). The green/yellow/red rule for a goal (F11).
//
// The rule, also written out for officers in docs/malstatus.md:
// 1. A status set by hand (with its required comment) always wins.
// 2. A goal ticked off as achieved (achieved_at) is green.
// 3. Without baseline value and date, target value and date, and a measurement dated on or after
//    the baseline date, the status is unknown ("Saknar mätvärde"). Measurements before the baseline
//    date describe the time before the starting point and do not count.
// 4. The latest measurement is compared with the target, in the indicator's direction
//    (higher or lower is better). At or beyond the target: green, the target is reached.
// 5. A target that is not better than the baseline is a "hold the level" goal: green when the
//    latest value is at least as good as the target (step 4), otherwise red.
// 6. Otherwise progress = (latest − baseline) / (target − baseline), which is direction-neutral
//    because both differences change sign together, and expected = the share of the time from
//    baseline date to target date that has passed on the latest measurement's date (0–1).
//    Green when progress ≥ expected − 0.1, yellow when progress ≥ expected − 0.3, else red.
//    After the target date expected is 1: only a (nearly) reached target stays green.
import {
  goalStatuses,
  type Direction,
  type GoalStatus,
  type GoalStatusId,
  type Localized,
  type OverrideStatus,
} from '../../../shared/domain/goals';

export const GREEN_MARGIN = 0.1;
export const YELLOW_MARGIN = 0.3;
// Float noise (e.g. 0.1 + 0.2) must not tip a goal exactly on a boundary into the worse colour.
const EPSILON = 1e-9;

export interface StatusMeasurement {
  date: string;
  value: number;
}

export interface StatusInput {
  direction: Direction;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  /** In any order; on equal dates the later one in the list counts as the latest. */
  measurements: readonly StatusMeasurement[];
  statusOverride?: OverrideStatus | null;
  statusOverrideComment?: string;
  achievedAt?: string | null;
}

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

const percent = (share: number, lang: 'sv' | 'en'): string =>
  lang === 'sv' ? `${Math.round(share * 100)}\u00a0%` : `${Math.round(share * 100)}%`;

const number = (value: number, lang: 'sv' | 'en'): string =>
  value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 });

function result(
  status: GoalStatusId,
  reason: Localized,
  extra: Partial<Pick<GoalStatus, 'overridden' | 'reached' | 'progress' | 'expected'>> = {},
): GoalStatus {
  const entry = goalStatuses.find((s) => s.id === status)!;
  return {
    status,
    label: { sv: entry.sv, en: entry.en },
    icon: entry.icon,
    reason,
    overridden: extra.overridden ?? false,
    reached: extra.reached ?? false,
    progress: extra.progress ?? null,
    expected: extra.expected ?? null,
  };
}

/** The latest measurement on or after the baseline date, or null. */
export function latestCounted(
  measurements: readonly StatusMeasurement[],
  baselineDate: string,
): StatusMeasurement | null {
  let latest: StatusMeasurement | null = null;
  for (const m of measurements) {
    if (m.date < baselineDate) continue;
    if (!latest || m.date >= latest.date) latest = m;
  }
  return latest;
}

/** Share of the time from baseline date to target date passed on `date`, clamped to 0–1. */
export function expectedShare(baselineDate: string, targetDate: string, date: string): number {
  const span = day(targetDate) - day(baselineDate);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (day(date) - day(baselineDate)) / span));
}

function missingParts(input: StatusInput): Localized | null {
  const parts: Localized[] = [];
  if (input.baselineValue === null) parts.push({ sv: 'utgångsvärde', en: 'baseline value' });
  if (input.baselineDate === null)
    parts.push({ sv: 'datum för utgångsläget', en: 'baseline date' });
  if (input.targetValue === null) parts.push({ sv: 'målvärde', en: 'target value' });
  if (input.targetDate === null) parts.push({ sv: 'måldatum', en: 'target date' });
  if (parts.length === 0) return null;
  return {
    sv: `Fyll i ${parts.map((p) => p.sv).join(', ')} så kan statusen räknas fram.`,
    en: `Fill in ${parts.map((p) => p.en).join(', ')} so that the status can be computed.`,
  };
}

/** The status the rule gives, before any override. */
export function computedStatus(input: StatusInput): GoalStatus {
  if (input.achievedAt) {
    return result(
      'green',
      {
        sv: `Målet är markerat som uppnått ${input.achievedAt}.`,
        en: `The goal is marked as achieved on ${input.achievedAt}.`,
      },
      { reached: true },
    );
  }
  const missing = missingParts(input);
  if (missing) return result('unknown', missing);
  const baseline = input.baselineValue!;
  const baselineDate = input.baselineDate!;
  const target = input.targetValue!;
  const targetDate = input.targetDate!;
  const latest = latestCounted(input.measurements, baselineDate);
  if (!latest) {
    return result(
      'unknown',
      input.measurements.length > 0
        ? {
            sv: `Inget mätvärde från utgångsläget (${baselineDate}) och framåt. Lägg till ett nytt mätvärde.`,
            en: `No measurement from the baseline (${baselineDate}) onwards. Add a new measurement.`,
          }
        : {
            sv: 'Inget mätvärde ännu. Lägg till det första mätvärdet.',
            en: 'No measurement yet. Add the first measurement.',
          },
    );
  }
  const sign = input.direction === 'higher' ? 1 : -1;
  const expected = expectedShare(baselineDate, targetDate, latest.date);
  const reached = sign * (latest.value - target) >= -EPSILON;
  const need = sign * (target - baseline);
  if (reached) {
    return result(
      'green',
      {
        sv: `Målet är nått: ${number(latest.value, 'sv')} (${latest.date}) mot målet ${number(target, 'sv')}.`,
        en: `The target is reached: ${number(latest.value, 'en')} (${latest.date}) against the target ${number(target, 'en')}.`,
      },
      {
        reached: true,
        progress: need > 0 ? (sign * (latest.value - baseline)) / need : 1,
        expected,
      },
    );
  }
  if (need <= 0) {
    return result(
      'red',
      {
        sv: `Målet är att hålla nivån ${number(target, 'sv')}, och senaste värdet ${number(latest.value, 'sv')} (${latest.date}) är sämre.`,
        en: `The goal is to hold the level ${number(target, 'en')}, and the latest value ${number(latest.value, 'en')} (${latest.date}) is worse.`,
      },
      { expected },
    );
  }
  const progress = (sign * (latest.value - baseline)) / need;
  let status: GoalStatusId = 'red';
  if (progress >= expected - GREEN_MARGIN - EPSILON) status = 'green';
  else if (progress >= expected - YELLOW_MARGIN - EPSILON) status = 'yellow';
  return result(
    status,
    {
      sv: `${percent(progress, 'sv')} av vägen mot målet när ${percent(expected, 'sv')} av tiden har gått (senaste värde ${number(latest.value, 'sv')}, ${latest.date}).`,
      en: `${percent(progress, 'en')} of the way to the target with ${percent(expected, 'en')} of the time gone (latest value ${number(latest.value, 'en')}, ${latest.date}).`,
    },
    { progress, expected },
  );
}

/** The goal's status: a manual override with its comment wins over the rule. */
export function goalStatus(input: StatusInput): GoalStatus {
  const computed = computedStatus(input);
  const comment = input.statusOverrideComment?.trim() ?? '';
  if (!input.statusOverride || comment === '') return computed;
  return result(
    input.statusOverride,
    { sv: `Satt för hand: ${comment}`, en: `Set by hand: ${comment}` },
    {
      overridden: true,
      reached: computed.reached,
      progress: computed.progress,
      expected: computed.expected,
    },
  );
}
