// Runs in: everywhere. The action plan (handlingsplan): actions with who, what, when, how and why
// (I13), resources (I10, F19), status incl. "valdes bort" (F25), experiments (I35), realism and
// ambition (I15), partners (I20), origins and workshop contributors (I14). The small rules that
// both the core and the form use (completeness, stalled, status requirements) live here too.

export const actionStatuses = [
  { id: 'planned', sv: 'Planerad', en: 'Planned', icon: '○' },
  { id: 'in_progress', sv: 'Pågår', en: 'In progress', icon: '◐' },
  { id: 'done', sv: 'Klar', en: 'Done', icon: '✔' },
  { id: 'paused', sv: 'Pausad', en: 'Paused', icon: '‖' },
  { id: 'dropped', sv: 'Valdes bort', en: 'Dropped', icon: '✕' },
] as const;
export type ActionStatus = (typeof actionStatuses)[number]['id'];
export const actionStatusIds = actionStatuses.map((s) => s.id) as [ActionStatus, ...ActionStatus[]];

/** Standing activities, the yearly schedule (årshjul) and one-off projects are told apart. */
export const actionKinds = [
  { id: 'standing', sv: 'Stående aktivitet', en: 'Standing activity' },
  { id: 'annual', sv: 'Årshjul', en: 'Yearly schedule' },
  { id: 'project', sv: 'Projekt', en: 'Project' },
] as const;
export type ActionKind = (typeof actionKinds)[number]['id'];
export const actionKindIds = actionKinds.map((k) => k.id) as [ActionKind, ...ActionKind[]];

/** I19: the municipality is the engine, but some actions are carried by others. */
export const responsibleOrgKinds = [
  { id: 'municipality', sv: 'Kommunen', en: 'The municipality' },
  { id: 'other', sv: 'Annan organisation', en: 'Another organisation' },
] as const;
export type ResponsibleOrgKind = (typeof responsibleOrgKinds)[number]['id'];
export const responsibleOrgKindIds = responsibleOrgKinds.map((k) => k.id) as [
  ResponsibleOrgKind,
  ...ResponsibleOrgKind[],
];

export const actionOriginKinds = [
  { id: 'visit', sv: 'Företagsbesök', en: 'Company visit' },
  { id: 'visit_obstacle', sv: 'Hinder vid besök', en: 'Obstacle from a visit' },
  { id: 'interview', sv: 'Intervju', en: 'Interview' },
  { id: 'insight', sv: 'Insikt', en: 'Insight' },
  { id: 'workshop', sv: 'Workshop', en: 'Workshop' },
  { id: 'other', sv: 'Annat', en: 'Other' },
] as const;
export type ActionOriginKind = (typeof actionOriginKinds)[number]['id'];
export const actionOriginKindIds = actionOriginKinds.map((k) => k.id) as [
  ActionOriginKind,
  ...ActionOriginKind[],
];

/** I14: who was in the room when the action plan was worked out. */
export const contributorRoles = [
  { id: 'company', sv: 'Företag', en: 'Company' },
  { id: 'politician', sv: 'Politiker', en: 'Politician' },
  { id: 'official', sv: 'Tjänsteperson', en: 'Official' },
  { id: 'other', sv: 'Annan', en: 'Other' },
] as const;
export type ContributorRole = (typeof contributorRoles)[number]['id'];
export const contributorRoleIds = contributorRoles.map((r) => r.id) as [
  ContributorRole,
  ...ContributorRole[],
];

/** I15: 1–3 marks. */
export const realismMarks = [
  { value: 1, sv: 'Osäker', en: 'Uncertain' },
  { value: 2, sv: 'Rimlig', en: 'Feasible' },
  { value: 3, sv: 'Säker', en: 'Certain' },
] as const;
export const ambitionMarks = [
  { value: 1, sv: 'Låg', en: 'Low' },
  { value: 2, sv: 'Medel', en: 'Medium' },
  { value: 3, sv: 'Hög', en: 'High' },
] as const;

/** I13: an action is complete only with all five. */
export const completenessParts = [
  { id: 'who', sv: 'vem', en: 'who' },
  { id: 'what', sv: 'vad', en: 'what' },
  { id: 'when', sv: 'när', en: 'when' },
  { id: 'how', sv: 'hur', en: 'how' },
  { id: 'why', sv: 'varför', en: 'why' },
] as const;
export type CompletenessPart = (typeof completenessParts)[number]['id'];

export const DEFAULT_STALLED_DAYS = 60;

export interface ActionPerson {
  stakeholderId: string | null;
  name: string;
}

export interface ActionContributor extends ActionPerson {
  role: ContributorRole;
}

export interface ActionOrigin {
  id: string;
  kind: ActionOriginKind;
  refId: string | null;
  /** The visit of an obstacle, so the link still opens after the obstacle is edited away. */
  parentId: string | null;
  note: string;
  /** The visit a link opens (for visit and visit_obstacle origins), null when it is gone. */
  visitId: string | null;
  /** A readable name of the source, e.g. "Exeby Trä AB, 2026-02-03". */
  label: string;
}

export interface ActionRow {
  id: string;
  programmeId: string;
  focusAreaId: string | null;
  focusAreaName: string | null;
  what: string;
  responsibleStakeholderId: string | null;
  responsibleName: string;
  responsibleOrgKind: ResponsibleOrgKind;
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
  kind: ActionKind;
  annualMonth: number | null;
  experiment: boolean;
  hoursPlanned: number | null;
  hoursSpent: number | null;
  costPlanned: number | null;
  costSpent: number | null;
  lastUpdateAt: string;
  /** Empty when the action is complete (I13). */
  missing: CompletenessPart[];
  /** No update for the set number of days while planned or in progress (I16). */
  stalled: boolean;
}

export interface Action extends ActionRow {
  why: string;
  how: string;
  droppedReason: string;
  learningNote: string;
  realism: number | null;
  ambition: number | null;
  goals: { id: string; text: string; focusAreaId: string | null }[];
  partners: ActionPerson[];
  contributors: ActionContributor[];
  origins: ActionOrigin[];
  createdAt: string;
  updatedAt: string;
}

/** What the new-action form is filled with when it starts from a visit obstacle. */
export interface ActionPrefill {
  what: string;
  programmeId: string | null;
  origin: { kind: 'visit_obstacle'; refId: string; note: string };
  visit: { id: string; companyName: string; visitDate: string };
}

/** An action as a link from the record it came from ("Aktivitet: …"). */
export interface ActionLink {
  id: string;
  what: string;
  status: ActionStatus;
  originKind: ActionOriginKind;
  originRefId: string | null;
}

export interface ActionGroup {
  focusArea: { id: string; name: string; priority: number; candidate: boolean } | null;
  count: number;
}

export interface ActionCostRow {
  focusAreaId: string | null;
  focusAreaName: string | null;
  count: number;
  hoursPlanned: number;
  hoursSpent: number;
  costPlanned: number;
  costSpent: number;
}

export interface ActionSummary {
  programmeId: string;
  total: number;
  byStatus: Record<ActionStatus, number>;
  byKind: Record<ActionKind, number>;
  stalled: number;
  incomplete: number;
  experiments: number;
  /** I19. */
  responsibility: Record<ResponsibleOrgKind, number>;
  /** I15: how many actions carry each mark 1–3; index 0 = mark 1. */
  realism: [number, number, number];
  ambition: [number, number, number];
  /** F19: per focus area in priority order, the area-less last; then the programme total. */
  costs: ActionCostRow[];
  costTotal: ActionCostRow;
  stalledDays: number;
}

export interface ActionOptions {
  focusAreas: { id: string; name: string; priority: number; candidate: boolean }[];
  goals: { id: string; text: string; focusAreaId: string | null }[];
  stalledDays: number;
}

interface CompletenessFields {
  what: string;
  why: string;
  how: string;
  responsibleName: string;
  responsibleStakeholderId: string | null;
  startDate: string | null;
  dueDate: string | null;
  kind: ActionKind;
  annualMonth: number | null;
}

/** I13: which of who, what, when, how and why an action still lacks, in that order. */
export function missingParts(a: CompletenessFields): CompletenessPart[] {
  const missing: CompletenessPart[] = [];
  if (!a.responsibleStakeholderId && a.responsibleName.trim() === '') missing.push('who');
  if (a.what.trim() === '') missing.push('what');
  const scheduled = a.kind === 'annual' && a.annualMonth !== null;
  if (!a.startDate && !a.dueDate && !scheduled) missing.push('when');
  if (a.how.trim() === '') missing.push('how');
  if (a.why.trim() === '') missing.push('why');
  return missing;
}

const DAY = 86_400_000;
const dayMs = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Statuses in which an action is expected to move; the others cannot stall. */
export const activeStatuses: readonly ActionStatus[] = ['planned', 'in_progress'];

/** I16: planned or in progress and not updated for `days` days or more (by calendar date). */
export function isStalled(
  a: { status: ActionStatus; lastUpdateAt: string },
  today: string,
  days: number,
): boolean {
  if (!activeStatuses.includes(a.status)) return false;
  return (dayMs(today) - dayMs(a.lastUpdateAt)) / DAY >= days;
}

/**
 * The first day whose updates are not stalled: an active action with `last_update_at < cutoff`
 * is stalled. Agrees with isStalled, so SQL filters and the pure rule never disagree.
 */
export function stalledCutoff(today: string, days: number): string {
  return formatDay(dayMs(today) - (days - 1) * DAY);
}

interface StatusFields {
  status: ActionStatus;
  droppedReason: string;
  experiment: boolean;
  learningNote: string;
}

/**
 * F25 and I35: dropping needs a reason, and an experiment that ends (done or dropped) needs a
 * learning note. Returns form field → Swedish message; empty when the status may be set.
 */
export function statusProblems(a: StatusFields): Record<string, string> {
  const fields: Record<string, string> = {};
  if (a.status === 'dropped' && a.droppedReason.trim() === '') {
    fields.droppedReason = 'Skriv varför aktiviteten valdes bort.';
  }
  if (a.experiment && (a.status === 'done' || a.status === 'dropped') && !a.learningNote.trim()) {
    fields.learningNote = 'Skriv vad ni lärde er av experimentet innan det avslutas.';
  }
  return fields;
}
