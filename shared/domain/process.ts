// Runs in: everywhere. Programmes (näringslivsprogram), the process wizard's saved state per step,
// and the anchoring log (förankringslogg). The catalogue of phases and steps is in shared/process.
import type { PhaseProgress, StepStatus } from '../process';

export const programmeStatuses = [
  { id: 'draft', sv: 'Under arbete', en: 'Being drafted' },
  { id: 'remiss', sv: 'På remiss', en: 'Out for consultation' },
  { id: 'decided', sv: 'Beslutat', en: 'Decided' },
  { id: 'adopted', sv: 'Antaget och gällande', en: 'Adopted and in force' },
  { id: 'archived', sv: 'Arkiverat', en: 'Archived' },
] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number]['id'];
export const programmeStatusIds = programmeStatuses.map((s) => s.id) as [
  ProgrammeStatus,
  ...ProgrammeStatus[],
];

export interface ProgrammeRow {
  id: string;
  name: string;
  /** 'YYYY' or 'YYYY-MM-DD'. */
  periodStart: string;
  periodEnd: string;
  status: ProgrammeStatus;
  /** The programme the app works on now; at most one. */
  isCurrent: boolean;
  updatedAt: string;
}

export interface Programme extends ProgrammeRow {
  ownerBody: string;
  commissionText: string;
  commissionDecisionRef: string;
  processLeaderStakeholderId: string | null;
  /** Copied from the stakeholder when one is chosen, so it survives the stakeholder's deletion. */
  processLeaderName: string;
  mandateText: string;
  mandateSource: string;
  purposeText: string;
  whyText: string;
  visionText: string;
  /** Set when KF adopts the programme (the decision track's KF stage): date, § and dnr. */
  adoptedDate: string | null;
  adoptedParagraph: string;
  adoptedDnr: string;
  createdAt: string;
}

/** A step's saved state joined with its catalogue position; unsaved steps read as not started. */
export interface StepStateView {
  stepId: string;
  phase: string;
  status: StepStatus;
  notRelevantReason: string;
  notes: string;
  dueDate: string | null;
  /** Null while the step has never been saved. */
  updatedAt: string | null;
  /** Checklist item id → when it was ticked (only ticked items are listed). */
  ticked: Record<string, string>;
}

export interface ProcessState {
  programmeId: string;
  steps: StepStateView[];
  progress: PhaseProgress[];
}

export const anchoringHows = [
  { id: 'möte', sv: 'Möte', en: 'Meeting' },
  { id: 'e-post', sv: 'E-post', en: 'E-mail' },
  { id: 'presentation', sv: 'Presentation', en: 'Presentation' },
  { id: 'telefon', sv: 'Telefon', en: 'Phone' },
  { id: 'workshop', sv: 'Workshop', en: 'Workshop' },
  { id: 'annat', sv: 'Annat', en: 'Other' },
] as const;
export type AnchoringHow = (typeof anchoringHows)[number]['id'];
export const anchoringHowIds = anchoringHows.map((h) => h.id) as [AnchoringHow, ...AnchoringHow[]];

export const anchoringScopes = [
  { id: 'internal', sv: 'Internt', en: 'Internal' },
  { id: 'external', sv: 'Externt', en: 'External' },
] as const;
export type AnchoringScope = (typeof anchoringScopes)[number]['id'];

export const reactionKinds = [
  { id: 'positiv', sv: 'Positiv', en: 'Positive' },
  { id: 'neutral', sv: 'Neutral', en: 'Neutral' },
  { id: 'kritisk', sv: 'Kritisk', en: 'Critical' },
] as const;
export type ReactionKind = (typeof reactionKinds)[number]['id'];
export const reactionKindIds = reactionKinds.map((r) => r.id) as [ReactionKind, ...ReactionKind[]];

export interface AnchoringEntry {
  id: string;
  programmeId: string;
  /** YYYY-MM-DD. */
  date: string;
  stakeholderId: string | null;
  /** The person: the linked stakeholder's current name when there is one, else the typed name. */
  who: string;
  /** The body or group, e.g. 'KSAU' or 'Företagarna Exeby'. */
  body: string;
  internalExternal: AnchoringScope;
  how: AnchoringHow;
  topic: string;
  reaction: string;
  reactionKind: ReactionKind | null;
  createdAt: string;
  updatedAt: string;
}
