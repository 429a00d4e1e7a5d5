// Runs in: everywhere. The status of a wizard step. "Ej aktuell" needs a reason, so that a skipped
// step is a decision someone can read later and not a silent gap.
import type { Localized } from './types';

export const stepStatusIds = ['not_started', 'in_progress', 'done', 'not_relevant'] as const;
export type StepStatus = (typeof stepStatusIds)[number];

export const stepStatusLabels: Readonly<Record<StepStatus, Localized>> = {
  not_started: { sv: 'Ej påbörjad', en: 'Not started' },
  in_progress: { sv: 'Pågår', en: 'In progress' },
  done: { sv: 'Klar', en: 'Done' },
  not_relevant: { sv: 'Ej aktuell', en: 'Not relevant' },
};

export interface StepState {
  readonly status: StepStatus;
  /** Required when status is 'not_relevant'; ignored otherwise. */
  readonly reason: string | null;
}

/** The message for a state that may not be saved, or null when it is fine. */
export function stepStateProblem(state: StepState): Localized | null {
  if (state.status === 'not_relevant' && !state.reason?.trim()) {
    return {
      sv: 'Skriv kort varför steget inte är aktuellt för er.',
      en: 'Write briefly why the step does not apply to you.',
    };
  }
  return null;
}
