// Runs in: main process / Node. Runs every health check on one programme: the checks needing
// attention first, in catalogue (wizard) order, then the ok ones, then those not applicable.
import type { Database } from 'better-sqlite3';
import type {
  HealthCheckResult,
  HealthFinding,
  HealthReport,
  HealthStatus,
} from '../../../shared/domain/health';
import { healthChecks, processCatalogue, type HealthCheck } from '../../../shared/process';
import { healthEvaluators } from './registry';
import type { Evaluator, HealthContext } from './types';

const stepTitles = new Map(
  processCatalogue.phases.flatMap((p) => p.steps.map((s) => [s.id, s.title] as const)),
);

const order: Record<HealthStatus, number> = { attention: 0, ok: 1, 'not-applicable': 2 };

export const CHECK_FAILED = {
  sv: 'Kontrollen kunde inte räknas fram just nu. Övriga kontroller påverkas inte.',
  en: 'The check could not be worked out just now. The other checks are not affected.',
};

/** One failing check (say, over data of a module with a bug) must not take the overview down. */
function guarded(evaluator: Evaluator, ctx: HealthContext): HealthFinding {
  try {
    return evaluator(ctx);
  } catch (error) {
    console.error('health check failed', error);
    return { status: 'not-applicable', count: 0, items: [], detail: CHECK_FAILED };
  }
}

function evaluate(check: HealthCheck, ctx: HealthContext): HealthCheckResult {
  const evaluator = healthEvaluators[check.id];
  if (!evaluator) throw new Error(`no evaluator for health check ${check.id}`);
  return {
    id: check.id,
    title: check.title,
    stepId: check.stepId,
    stepTitle: stepTitles.get(check.stepId) ?? { sv: check.stepId, en: check.stepId },
    ...guarded(evaluator, ctx),
  };
}

export function healthReport(
  db: Database,
  programmeId: string,
  today: string,
  only?: (check: HealthCheck) => boolean,
): HealthReport {
  const ctx: HealthContext = { db, programmeId, today };
  const checks = healthChecks
    .filter((c) => !only || only(c))
    .map((c) => evaluate(c, ctx))
    .map((result, index) => ({ result, index }))
    .sort((a, b) => order[a.result.status] - order[b.result.status] || a.index - b.index)
    .map((r) => r.result);
  return {
    programmeId,
    today,
    checks,
    attention: checks.filter((c) => c.status === 'attention').length,
    ok: checks.filter((c) => c.status === 'ok').length,
  };
}
