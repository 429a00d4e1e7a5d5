// Runs in: everywhere. Progress per phase for the wizard's status overview.
import { processCatalogue } from './catalogue';
import type { StepStatus } from './statuses';
import type { Catalogue, PhaseId } from './types';

export interface PhaseProgress {
  readonly phase: PhaseId;
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly notRelevant: number;
  /** How many of the phase's not-started steps are skipped; see phaseProgress. */
  readonly skipped: number;
  readonly skippedStepIds: readonly string[];
}

/**
 * Counts the steps of each phase by status, in phase order. A step missing from `statuses`
 * counts as not started; ids that are not in the catalogue are ignored.
 *
 * "Skipped" means: the step is not started, yet some step after it in wizard order (later in
 * the same phase, or in any later phase) is done or in progress — the work has moved past it.
 * Skipped steps are a subset of the not-started ones. A step marked not relevant is a decision,
 * not a gap, so it is never skipped, and it does not count as work that moved past a step.
 */
export function phaseProgress(
  statuses: Readonly<Partial<Record<string, StepStatus>>>,
  catalogue: Catalogue = processCatalogue,
): PhaseProgress[] {
  const ordered = catalogue.phases.flatMap((p) =>
    p.steps.map((s) => ({ phase: p.id, id: s.id, status: statuses[s.id] ?? 'not_started' })),
  );

  // Walk backwards so "is anything after me started?" is known at each step.
  const skipped = new Set<string>();
  let workedAfter = false;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const { id, status } = ordered[i];
    if (status === 'not_started' && workedAfter) skipped.add(id);
    if (status === 'done' || status === 'in_progress') workedAfter = true;
  }

  return catalogue.phases.map((phase) => {
    const steps = ordered.filter((s) => s.phase === phase.id);
    const count = (status: StepStatus) => steps.filter((s) => s.status === status).length;
    const skippedStepIds = steps.filter((s) => skipped.has(s.id)).map((s) => s.id);
    return {
      phase: phase.id,
      total: steps.length,
      done: count('done'),
      inProgress: count('in_progress'),
      notStarted: count('not_started'),
      notRelevant: count('not_relevant'),
      skipped: skippedStepIds.length,
      skippedStepIds,
    };
  });
}
