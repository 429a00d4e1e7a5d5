// Runs in: everywhere. The decision track (beslutsgång, S26): cases (ärenden), their stages
// (remiss → KSAU → KS → KF), the meeting calendar (sammanträden) and the remiss round.

export const caseKinds = [
  { id: 'adoption', sv: 'Antagande', en: 'Adoption' },
  { id: 'revision', sv: 'Revidering', en: 'Revision' },
  { id: 'follow_up', sv: 'Uppföljning', en: 'Follow-up' },
  { id: 'remiss', sv: 'Remiss', en: 'Consultation' },
] as const;
export type CaseKind = (typeof caseKinds)[number]['id'];
export const caseKindIds = caseKinds.map((k) => k.id) as [CaseKind, ...CaseKind[]];

/** Where the matter stands now. 'ksau', 'ks', 'kf': submitted to (or next up at) that body. */
export const caseStatuses = [
  { id: 'preparation', sv: 'Under beredning', en: 'In preparation' },
  { id: 'remiss', sv: 'På remiss', en: 'Out for consultation' },
  { id: 'ksau', sv: 'Hos KSAU', en: 'At KSAU' },
  { id: 'ks', sv: 'Hos KS', en: 'At KS' },
  { id: 'kf', sv: 'Hos KF', en: 'At KF' },
  { id: 'adopted', sv: 'Antaget', en: 'Adopted' },
  { id: 'closed', sv: 'Avslutat', en: 'Closed' },
] as const;
export type CaseStatus = (typeof caseStatuses)[number]['id'];
export const caseStatusIds = caseStatuses.map((s) => s.id) as [CaseStatus, ...CaseStatus[]];

/** The stages of the track, in order. */
export const stageBodies = [
  { id: 'remiss', sv: 'Remiss', en: 'Consultation', long: 'Remiss' },
  {
    id: 'ksau',
    sv: 'KSAU',
    en: 'KSAU',
    long: 'Kommunstyrelsens arbetsutskott',
  },
  { id: 'ks', sv: 'KS', en: 'KS', long: 'Kommunstyrelsen' },
  { id: 'kf', sv: 'KF', en: 'KF', long: 'Kommunfullmäktige' },
] as const;
export type StageBody = (typeof stageBodies)[number]['id'];
export const stageBodyIds = stageBodies.map((b) => b.id) as [StageBody, ...StageBody[]];

/** The bodies that meet (the meeting calendar). */
export const meetingBodies = [
  { id: 'ksau', sv: 'KSAU', en: 'KSAU', long: 'Kommunstyrelsens arbetsutskott' },
  { id: 'ks', sv: 'KS', en: 'KS', long: 'Kommunstyrelsen' },
  { id: 'kf', sv: 'KF', en: 'KF', long: 'Kommunfullmäktige' },
] as const;
export type MeetingBody = (typeof meetingBodies)[number]['id'];
export const meetingBodyIds = meetingBodies.map((b) => b.id) as [MeetingBody, ...MeetingBody[]];

/** Working days before the meeting that its documents are due (the municipality may change each). */
export const defaultDeadlineWorkingDays: Record<MeetingBody, number> = { ksau: 10, ks: 10, kf: 15 };

export const stageOutcomes = [
  { id: 'bifall', sv: 'Bifall', en: 'Approved' },
  { id: 'aterremiss', sv: 'Återremiss', en: 'Referred back' },
  { id: 'bordlaggning', sv: 'Bordläggning', en: 'Postponed' },
  { id: 'avslag', sv: 'Avslag', en: 'Rejected' },
] as const;
export type StageOutcome = (typeof stageOutcomes)[number]['id'];
export const stageOutcomeIds = stageOutcomes.map((o) => o.id) as [StageOutcome, ...StageOutcome[]];

export const remissInstanceKinds = [
  { id: 'nämnd', sv: 'Nämnd', en: 'Committee' },
  { id: 'parti', sv: 'Parti', en: 'Party' },
  { id: 'organisation', sv: 'Organisation', en: 'Organisation' },
  { id: 'företag', sv: 'Företag', en: 'Company' },
  { id: 'annan', sv: 'Annan', en: 'Other' },
] as const;
export type RemissInstanceKind = (typeof remissInstanceKinds)[number]['id'];
export const remissInstanceKindIds = remissInstanceKinds.map((k) => k.id) as [
  RemissInstanceKind,
  ...RemissInstanceKind[],
];

export const changeKinds = [
  { id: 'andring', sv: 'Ändring', en: 'Changed' },
  { id: 'ingen_andring', sv: 'Ingen ändring', en: 'No change' },
] as const;
export type ChangeKind = (typeof changeKinds)[number]['id'];
export const changeKindIds = changeKinds.map((k) => k.id) as [ChangeKind, ...ChangeKind[]];

/** The consequence headings of a tjänsteskrivelse (DOCUMENTS.md §1.6), in print order. */
export const consequenceKeys = [
  {
    id: 'economy',
    sv: 'Ekonomiska konsekvenser',
    en: 'Economic consequences',
  },
  { id: 'agenda2030', sv: 'Agenda 2030 och hållbarhet', en: 'Agenda 2030 and sustainability' },
  { id: 'children', sv: 'Barnkonsekvenser', en: 'Consequences for children' },
  { id: 'equality', sv: 'Jämställdhet', en: 'Gender equality' },
  { id: 'dialogue', sv: 'Samråd och dialog', en: 'Consultation and dialogue' },
] as const;
export type ConsequenceKey = (typeof consequenceKeys)[number]['id'];
export const consequenceKeyIds = consequenceKeys.map((c) => c.id) as [
  ConsequenceKey,
  ...ConsequenceKey[],
];

/** One consequence: the officer's text, or the explicit choice "Bedöms inte påverkas". */
export interface Consequence {
  text: string;
  notAffected: boolean;
}

export interface CaseRow {
  id: string;
  kind: CaseKind;
  dnr: string;
  title: string;
  status: CaseStatus;
  programmeId: string | null;
  programmeName: string | null;
  /** The KF meeting the officer aims for, when chosen. */
  targetKfDate: string | null;
  updatedAt: string;
}

/** The memo (tjänsteskrivelse) fields the officer writes. */
export interface CaseMemo {
  summary: string;
  background: string;
  assessment: string;
  consequences: Record<ConsequenceKey, Consequence>;
  /** Extra decision points, one self-standing sentence per line. */
  proposalExtra: string;
  /** The overall picture of the remiss replies (remissammanställningen). */
  remissOverview: string;
  /** Beslutet skickas till: one recipient per line. */
  sendTo: string;
  signerName: string;
  signerTitle: string;
}

export interface CaseStage {
  id: string;
  caseId: string;
  body: StageBody;
  meetingId: string | null;
  meetingDate: string | null;
  submittedDate: string | null;
  /** §, e.g. '45'. */
  paragraph: string;
  decisionText: string;
  outcome: StageOutcome | null;
  outcomeReason: string;
  /** Where the protocol excerpt (protokollsutdrag) is filed. */
  protocolRef: string;
  createdAt: string;
  updatedAt: string;
}

/** How a stage of the track stands in the current round (since the last återremiss). */
export type TrackState = 'not_started' | 'current' | 'done' | 'postponed' | 'rejected' | 'returned';

export interface TrackStep {
  body: StageBody | 'adopted';
  state: TrackState;
  /** The latest stage row of this body in the current round. */
  stage: CaseStage | null;
  /** The planned meeting date from the back-planning, when a target KF is chosen. */
  plannedDate: string | null;
}

export interface CaseDetail extends CaseRow, CaseMemo {
  targetKfMeetingId: string | null;
  remissWeeks: number;
  /** Every stage row, oldest first (history, including earlier rounds). */
  stages: CaseStage[];
  track: TrackStep[];
  /** The back-planning towards the target KF meeting; null without a target. */
  plan: BackPlan | null;
  remiss: { instances: number; replied: number; comments: number };
  programmeAdoption: { date: string | null; paragraph: string; dnr: string } | null;
  createdAt: string;
}

export interface Meeting {
  id: string;
  body: MeetingBody;
  /** YYYY-MM-DD. */
  date: string;
  deadlineWorkingDays: number;
  /** The last day to submit documents: the date minus the working days. */
  submitBy: string;
  note: string;
  updatedAt: string;
}

export interface MeetingImportResult {
  added: number;
  /** Already in the calendar (same body and date). */
  skipped: number;
  /** Lines or events that could not be read, with the reason (Swedish). */
  problems: { line: number; message: string }[];
}

/** One planned meeting of the back-planning and the last day to submit its documents. */
export interface PlannedMeeting {
  meetingId: string;
  body: MeetingBody;
  date: string;
  submitBy: string;
}

export interface PlanMilestone {
  date: string;
  /** 'remiss-start', 'remiss-end', 'ksau-submit', 'ksau', … */
  kind: string;
  /** Swedish label, e.g. 'Sista dag för handlingar till KSAU'. */
  label: string;
}

export interface BackPlan {
  kf: PlannedMeeting | null;
  ks: PlannedMeeting | null;
  ksau: PlannedMeeting | null;
  /** The remiss period; null when none was asked for or no KSAU was found. */
  remiss: { start: string; end: string; weeks: number } | null;
  milestones: PlanMilestone[];
  /** Swedish warnings: no meetings, target not reachable, deadlines passed. */
  warnings: string[];
  /** True when every meeting was found and no date lies before today. */
  reachable: boolean;
  /** When not reachable: the first KF meeting after the target that can be reached. */
  earliestReachableKf: { meetingId: string; date: string } | null;
}

export interface RemissComment {
  id: string;
  instanceId: string;
  /** The section of the programme draft it concerns; '' for general comments. */
  section: string;
  comment: string;
  /** The municipality's position (kommunens ställningstagande). */
  position: string;
  changeKind: ChangeKind | null;
  /** What was changed, or why nothing was. */
  changeText: string;
  updatedAt: string;
}

export interface RemissInstance {
  id: string;
  caseId: string;
  stakeholderId: string | null;
  name: string;
  kind: RemissInstanceKind;
  sentDate: string | null;
  deadline: string | null;
  replyReceivedDate: string | null;
  replySummary: string;
  comments: RemissComment[];
  updatedAt: string;
}

export interface RemissReminder {
  instanceId: string;
  caseId: string;
  caseTitle: string;
  dnr: string;
  name: string;
  deadline: string;
  /** Negative when the deadline has passed. */
  daysLeft: number;
}
