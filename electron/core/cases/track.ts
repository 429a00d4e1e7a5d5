// Runs in: main process / Node. Where a case stands, derived from its stages: the status, the
// stage track (Remiss → KSAU → KS → KF → Antaget) and which stages are already behind it. Pure.
import type {
  BackPlan,
  CaseStage,
  CaseStatus,
  StageBody,
  TrackState,
  TrackStep,
} from '../../../shared/domain/cases';

const NEXT: Record<Exclude<StageBody, 'remiss'>, CaseStatus> = {
  ksau: 'ks',
  ks: 'kf',
  kf: 'adopted',
};

/**
 * The status after the latest stage: bifall moves the case on to the next body (KF: adopted),
 * återremiss sends it back to preparation, bordläggning keeps it at the body, avslag closes it.
 * The remiss stage is the decision to send the draft out: the case is then on remiss until it is
 * submitted to KSAU. Without stages, a case whose remiss has gone out is on remiss.
 */
export function statusFromStages(stages: readonly CaseStage[], remissSent: boolean): CaseStatus {
  const last = stages[stages.length - 1];
  if (!last) return remissSent ? 'remiss' : 'preparation';
  if (last.body === 'remiss') {
    return last.outcome === 'aterremiss' || last.outcome === 'avslag' ? 'preparation' : 'remiss';
  }
  switch (last.outcome) {
    case null:
    case 'bordlaggning':
      return last.body;
    case 'bifall':
      return NEXT[last.body];
    case 'aterremiss':
      return 'preparation';
    case 'avslag':
      return 'closed';
  }
}

const STATE: Record<NonNullable<CaseStage['outcome']> | 'none', TrackState> = {
  none: 'current',
  bifall: 'done',
  bordlaggning: 'postponed',
  avslag: 'rejected',
  aterremiss: 'returned',
};

const ORDER: Record<StageBody, number> = { remiss: 0, ksau: 1, ks: 2, kf: 3 };

/** True when a stage after `body` has been handled since the återremiss at `returnedAt`. */
const passedInRound = (stages: readonly CaseStage[], returnedAt: number, body: StageBody) =>
  stages.slice(returnedAt + 1).some((s) => ORDER[s.body] > ORDER[body]);

/** Index of the latest återremiss; stages before it belong to an earlier round. */
const lastReturn = (stages: readonly CaseStage[]) =>
  stages.map((s) => s.outcome).lastIndexOf('aterremiss');

function latestOf(stages: readonly CaseStage[], body: StageBody): [CaseStage, number] | null {
  for (let i = stages.length - 1; i >= 0; i--) if (stages[i]!.body === body) return [stages[i]!, i];
  return null;
}

/**
 * Per stage: its latest row and state. A KSAU, KS or KF decision made before a later återremiss
 * must be made again, so that stage reads "not started" (the remiss round is not repeated) until
 * the new round passes it. The stage where the återremiss happened reads "returned" until it
 * handles the case again.
 */
export function buildTrack(
  stages: readonly CaseStage[],
  status: CaseStatus,
  remiss: { instances: number; sent: boolean },
  plan: BackPlan | null,
): TrackStep[] {
  const returnedAt = lastReturn(stages);
  const steps: TrackStep[] = (['remiss', 'ksau', 'ks', 'kf'] as const).map((body) => {
    const latest = latestOf(stages, body);
    const planned =
      body === 'remiss' ? (plan?.remiss?.start ?? null) : (plan?.[body]?.date ?? null);
    if (!latest) {
      let state: TrackState = 'not_started';
      if (body === 'remiss' && remiss.sent) {
        state = ['preparation', 'remiss'].includes(status) ? 'current' : 'done';
      }
      return { body, state, stage: null, plannedDate: planned };
    }
    const [stage, index] = latest;
    // Handled before the återremiss: to be handled again, unless the new round has already gone
    // past this stage (after an återremiss at KS the case may go straight back to KS).
    if (body !== 'remiss' && index < returnedAt && !passedInRound(stages, returnedAt, body)) {
      return { body, state: 'not_started', stage: null, plannedDate: planned };
    }
    let state = STATE[stage.outcome ?? 'none'];
    if (body === 'remiss' && stage.outcome === 'bifall' && status === 'remiss') state = 'current';
    return { body, state, stage, plannedDate: planned };
  });
  steps.push({
    body: 'adopted',
    state: status === 'adopted' ? 'done' : 'not_started',
    stage: null,
    plannedDate: plan?.kf?.date ?? null,
  });
  return steps;
}

/** Stages already behind the case: their deadlines lying in the past is no problem. */
export function passedStages(
  stages: readonly CaseStage[],
  remissSent: boolean,
): ('remiss' | 'ksau' | 'ks' | 'kf')[] {
  const returnedAt = lastReturn(stages);
  const passed = new Set<'remiss' | 'ksau' | 'ks' | 'kf'>();
  if (remissSent) passed.add('remiss');
  stages.forEach((s, i) => {
    if (s.body === 'remiss') passed.add('remiss');
    else if (i > returnedAt || passedInRound(stages, returnedAt, s.body)) passed.add(s.body);
  });
  return [...passed];
}
