// Runs in: main process / Node. The process wizard: every catalogue step with its saved state,
// progress per phase, status rules and checklist ticks.
import type { Database } from 'better-sqlite3';
import type { HandlerInput } from '../../../shared/contract';
import type { ProcessState, StepStateView } from '../../../shared/domain/process';
import { AppFailure } from '../../../shared/errors';
import {
  phaseProgress,
  processSteps,
  stepById,
  stepStateProblem,
  type ProcessStep,
  type StepStatus,
} from '../../../shared/process';
import { nowIso } from '../db/clock';
import { programmeNotFound } from '../programmes/service';
import {
  programmeIsLive,
  selectStepState,
  selectStepStates,
  selectTicks,
  upsertStepState,
  upsertTick,
  type StepStateRow,
  type TickRow,
} from './queries';

function requireProgramme(db: Database, programmeId: string): void {
  if (!programmeIsLive(db, programmeId)) throw programmeNotFound();
}

function requireStep(stepId: string): ProcessStep {
  const step = stepById(stepId);
  if (!step) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: `Steget ”${stepId}” finns inte i processen.`,
        en: `The step "${stepId}" is not part of the process.`,
      },
      { stepId: 'Steget finns inte i processen.' },
    );
  }
  return step;
}

function view(step: ProcessStep, row: StepStateRow | null, ticks: TickRow[]): StepStateView {
  const known = new Set(step.checklist.map((i) => i.id));
  const ticked: Record<string, string> = {};
  for (const t of ticks)
    if (t.stepId === step.id && known.has(t.itemId)) ticked[t.itemId] = t.doneAt;
  return {
    stepId: step.id,
    phase: step.phase,
    status: row?.status ?? 'not_started',
    notRelevantReason: row?.notRelevantReason ?? '',
    notes: row?.notes ?? '',
    dueDate: row?.dueDate ?? null,
    updatedAt: row?.updatedAt ?? null,
    ticked,
  };
}

/** Steps saved under ids the catalogue no longer has are left out, never shown as errors. */
export function getProcessState(db: Database, programmeId: string): ProcessState {
  requireProgramme(db, programmeId);
  const rows = new Map(selectStepStates(db, programmeId).map((r) => [r.stepId, r]));
  const ticks = selectTicks(db, programmeId);
  const steps = processSteps.map((s) => view(s, rows.get(s.id) ?? null, ticks));
  const statuses: Record<string, StepStatus> = {};
  for (const s of steps) statuses[s.stepId] = s.status;
  return { programmeId, steps, progress: phaseProgress(statuses) };
}

function stepView(db: Database, programmeId: string, step: ProcessStep): StepStateView {
  return view(
    step,
    selectStepState(db, programmeId, step.id),
    selectTicks(db, programmeId, step.id),
  );
}

/** Only the fields given change. 'Ej aktuell' needs a reason; other statuses drop it. */
export function setStep(db: Database, input: HandlerInput<'process:setStep'>): StepStateView {
  const { programmeId, stepId } = input;
  const step = requireStep(stepId);
  db.transaction(() => {
    requireProgramme(db, programmeId);
    const old = selectStepState(db, programmeId, stepId);
    const status = input.status ?? old?.status ?? 'not_started';
    const reason = input.reason ?? old?.notRelevantReason ?? '';
    const problem = stepStateProblem({ status, reason });
    if (problem) throw new AppFailure('VALIDATION', problem, { reason: problem.sv });
    upsertStepState(
      db,
      programmeId,
      {
        stepId: step.id,
        status,
        notRelevantReason: status === 'not_relevant' ? reason.trim() : '',
        notes: input.notes ?? old?.notes ?? '',
        dueDate: input.dueDate === undefined ? (old?.dueDate ?? null) : input.dueDate,
      },
      nowIso(),
    );
  })();
  return stepView(db, programmeId, step);
}

/**
 * Ticks or unticks a checklist item. Ticking an item of a step that was not started marks the
 * step as in progress: the work has begun, and the overview should not call it skipped.
 */
export function tickItem(db: Database, input: HandlerInput<'process:tick'>): StepStateView {
  const { programmeId, stepId, itemId, done } = input;
  const step = requireStep(stepId);
  if (!step.checklist.some((i) => i.id === itemId)) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: `Punkten ”${itemId}” finns inte i stegets checklista.`,
        en: `The item "${itemId}" is not on the step's checklist.`,
      },
      { itemId: 'Punkten finns inte i checklistan.' },
    );
  }
  db.transaction(() => {
    requireProgramme(db, programmeId);
    const now = nowIso();
    upsertTick(db, programmeId, stepId, itemId, done, now);
    const old = selectStepState(db, programmeId, stepId);
    if (done && (old?.status ?? 'not_started') === 'not_started') {
      upsertStepState(
        db,
        programmeId,
        {
          stepId,
          status: 'in_progress',
          notRelevantReason: '',
          notes: old?.notes ?? '',
          dueDate: old?.dueDate ?? null,
        },
        now,
      );
    }
  })();
  return stepView(db, programmeId, step);
}
