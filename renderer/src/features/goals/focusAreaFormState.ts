// Runs in: renderer. The focus-area form's state and its conversion to the contract's input.
import type { FocusAreaInput } from '../../../../shared/contract/focusAreas';
import type { GlobalGoalNumber } from '../../../../shared/domain/agenda2030';
import type { FocusArea } from '../../../../shared/domain/focusAreas';

export interface FocusAreaFormState {
  name: string;
  candidate: boolean;
  why: string;
  visionLink: string;
  currentState: string;
  desiredState: string;
  responsibleStakeholderId: string | null;
  responsibleName: string;
  downturnNote: string;
  brandNote: string;
  impact: string;
  effort: string;
  priorityReason: string;
  agenda2030: GlobalGoalNumber[];
  swotStrengthNote: string;
}

export const emptyFocusAreaForm = (candidate: boolean): FocusAreaFormState => ({
  name: '',
  candidate,
  why: '',
  visionLink: '',
  currentState: '',
  desiredState: '',
  responsibleStakeholderId: null,
  responsibleName: '',
  downturnNote: '',
  brandNote: '',
  impact: '',
  effort: '',
  priorityReason: '',
  agenda2030: [],
  swotStrengthNote: '',
});

export const formFromFocusArea = (a: FocusArea): FocusAreaFormState => ({
  name: a.name,
  candidate: a.candidate,
  why: a.why,
  visionLink: a.visionLink,
  currentState: a.currentState,
  desiredState: a.desiredState,
  responsibleStakeholderId: a.responsibleStakeholderId,
  responsibleName: a.responsibleName,
  downturnNote: a.downturnNote,
  brandNote: a.brandNote,
  impact: a.impact === null ? '' : String(a.impact),
  effort: a.effort === null ? '' : String(a.effort),
  priorityReason: a.priorityReason,
  agenda2030: a.agenda2030,
  swotStrengthNote: a.swotStrengthNote,
});

export const toFocusAreaInput = (s: FocusAreaFormState): Omit<FocusAreaInput, 'programmeId'> => ({
  ...s,
  impact: s.impact === '' ? null : Number(s.impact),
  effort: s.effort === '' ? null : Number(s.effort),
});

/** The whole area as update input, e.g. to choose a candidate from the ranking. */
export const updateFromFocusArea = (a: FocusArea) => ({
  id: a.id,
  ...toFocusAreaInput(formFromFocusArea(a)),
});
