// Runs in: renderer. The action form's state and how it becomes the contract's input.
import type { ActionUpdateInput } from '../../../../shared/contract/actions';
import type {
  Action,
  ActionContributor,
  ActionKind,
  ActionPerson,
  ActionStatus,
  ResponsibleOrgKind,
} from '../../../../shared/domain/actions';

export interface ActionFormState {
  focusAreaId: string;
  what: string;
  why: string;
  how: string;
  responsible: ActionPerson;
  responsibleOrgKind: ResponsibleOrgKind;
  startDate: string;
  dueDate: string;
  status: ActionStatus;
  droppedReason: string;
  kind: ActionKind;
  annualMonth: string;
  experiment: boolean;
  learningNote: string;
  realism: string;
  ambition: string;
  hoursPlanned: string;
  hoursSpent: string;
  costPlanned: string;
  costSpent: string;
  goalIds: string[];
  partners: ActionPerson[];
  contributors: ActionContributor[];
}

export const emptyActionForm = (focusAreaId = ''): ActionFormState => ({
  focusAreaId,
  what: '',
  why: '',
  how: '',
  responsible: { stakeholderId: null, name: '' },
  responsibleOrgKind: 'municipality',
  startDate: '',
  dueDate: '',
  status: 'planned',
  droppedReason: '',
  kind: 'project',
  annualMonth: '',
  experiment: false,
  learningNote: '',
  realism: '',
  ambition: '',
  hoursPlanned: '',
  hoursSpent: '',
  costPlanned: '',
  costSpent: '',
  goalIds: [],
  partners: [],
  contributors: [],
});

const text = (n: number | null) => (n === null ? '' : String(n));

export function formFromAction(a: Action): ActionFormState {
  return {
    focusAreaId: a.focusAreaId ?? '',
    what: a.what,
    why: a.why,
    how: a.how,
    responsible: { stakeholderId: a.responsibleStakeholderId, name: a.responsibleName },
    responsibleOrgKind: a.responsibleOrgKind,
    startDate: a.startDate ?? '',
    dueDate: a.dueDate ?? '',
    status: a.status,
    droppedReason: a.droppedReason,
    kind: a.kind,
    annualMonth: text(a.annualMonth),
    experiment: a.experiment,
    learningNote: a.learningNote,
    realism: text(a.realism),
    ambition: text(a.ambition),
    hoursPlanned: text(a.hoursPlanned),
    hoursSpent: text(a.hoursSpent),
    costPlanned: text(a.costPlanned),
    costSpent: text(a.costSpent),
    goalIds: a.goals.map((g) => g.id),
    partners: a.partners,
    contributors: a.contributors,
  };
}

/** "1 500,5" and "1500.5" both read as 1500.5; empty is "not estimated"; junk stays NaN for zod. */
export function parseAmount(s: string): number | null {
  const cleaned = s.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return cleaned === '' ? null : Number(cleaned);
}

const optional = (s: string) => (s === '' ? null : s);
const mark = (s: string) => (s === '' ? null : Number(s));

export function toActionFields(s: ActionFormState): Omit<ActionUpdateInput, 'id'> {
  return {
    focusAreaId: optional(s.focusAreaId),
    what: s.what,
    why: s.why,
    how: s.how,
    responsibleStakeholderId: s.responsible.stakeholderId,
    responsibleName: s.responsible.name,
    responsibleOrgKind: s.responsibleOrgKind,
    startDate: optional(s.startDate),
    dueDate: optional(s.dueDate),
    status: s.status,
    droppedReason: s.droppedReason,
    kind: s.kind,
    annualMonth: s.kind === 'annual' ? mark(s.annualMonth) : null,
    experiment: s.experiment,
    learningNote: s.learningNote,
    realism: mark(s.realism),
    ambition: mark(s.ambition),
    hoursPlanned: parseAmount(s.hoursPlanned),
    hoursSpent: parseAmount(s.hoursSpent),
    costPlanned: parseAmount(s.costPlanned),
    costSpent: parseAmount(s.costSpent),
    goalIds: s.goalIds,
    partners: s.partners,
    contributors: s.contributors,
  };
}
