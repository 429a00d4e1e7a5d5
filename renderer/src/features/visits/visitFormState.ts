// Runs in: renderer. The visit form's state and its conversion to and from the contract's input.
import type { VisitInput } from '../../../../shared/contract/visits';
import type { CompanyLookup } from '../../../../shared/domain/companies';
import type { Visit, VisitParticipant } from '../../../../shared/domain/visits';

export interface VisitFormState {
  company: CompanyLookup | null;
  visitDate: string;
  purpose: string;
  notes: string;
  topics: string[];
  participants: VisitParticipant[];
  ourParticipants: string;
  /** One obstacle per line: fastest to type, and the core stores each line as one obstacle. */
  obstaclesText: string;
  followUpNeeded: boolean;
  followUpNote: string;
  followUpDone: boolean;
  satisfaction: number | null;
  confidential: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as YYYY-MM-DD in local time (toISOString would give yesterday's date after midnight UTC+1). */
export const localDate = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export const today = (): string => localDate(new Date());

export function emptyVisitForm(
  company: CompanyLookup | null,
  ourParticipants: string,
): VisitFormState {
  return {
    company,
    visitDate: today(),
    purpose: '',
    notes: '',
    topics: [],
    participants: [],
    ourParticipants,
    obstaclesText: '',
    followUpNeeded: false,
    followUpNote: '',
    followUpDone: false,
    satisfaction: null,
    confidential: false,
  };
}

export function formFromVisit(visit: Visit): VisitFormState {
  return {
    company: {
      id: visit.companyId,
      name: visit.companyName,
      orgNumber: null,
      locality: visit.locality,
    },
    visitDate: visit.visitDate,
    purpose: visit.purpose,
    notes: visit.notes,
    topics: [...visit.topics],
    participants: visit.participants.map((p) => ({ ...p })),
    ourParticipants: visit.ourParticipants,
    obstaclesText: visit.obstacles.map((o) => o.text).join('\n'),
    followUpNeeded: visit.followUpNeeded,
    followUpNote: visit.followUpNote,
    followUpDone: visit.followUpDone,
    satisfaction: visit.satisfaction,
    confidential: visit.confidential,
  };
}

export function toVisitInput(state: VisitFormState): VisitInput {
  return {
    companyId: state.company?.id ?? '',
    visitDate: state.visitDate,
    purpose: state.purpose,
    notes: state.notes,
    topics: state.topics,
    participants: state.participants,
    ourParticipants: state.ourParticipants,
    obstacles: state.obstaclesText
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    followUpNeeded: state.followUpNeeded,
    followUpNote: state.followUpNeeded ? state.followUpNote : '',
    followUpDone: state.followUpNeeded && state.followUpDone,
    satisfaction: state.satisfaction,
    confidential: state.confidential,
  };
}

/** The full input of a saved visit, for small changes such as marking the follow-up done. */
export const inputFromVisit = (visit: Visit): VisitInput => toVisitInput(formFromVisit(visit));
