// Runs in: everywhere. Groups (arbetsgrupp, referensgrupper, styrgrupp) with their members, the
// programme's meetings (kick-off, workshops, group and follow-up meetings: S12, S17, S23, S24,
// I22, I23, I36, F21), the composition check against the actor categories, and the timeline
// (tidplan) that puts steps, meetings and the decision track in one order.
import { actorCategoryIds, type ActorCategory } from './actorCategories';

export const groupKinds = [
  { id: 'working', sv: 'Arbetsgrupp', en: 'Working group' },
  { id: 'reference', sv: 'Referensgrupp', en: 'Reference group' },
  { id: 'steering', sv: 'Styrgrupp', en: 'Steering group' },
  { id: 'other', sv: 'Annan grupp', en: 'Other group' },
] as const;
export type GroupKind = (typeof groupKinds)[number]['id'];
export const groupKindIds = groupKinds.map((k) => k.id) as [GroupKind, ...GroupKind[]];

export const memberRoles = [
  { id: 'convener', sv: 'Sammankallande', en: 'Convener' },
  { id: 'member', sv: 'Ledamot', en: 'Member' },
  { id: 'adjunct', sv: 'Adjungerad', en: 'Co-opted' },
  { id: 'secretary', sv: 'Sekreterare', en: 'Secretary' },
] as const;
export type MemberRole = (typeof memberRoles)[number]['id'];
export const memberRoleIds = memberRoles.map((r) => r.id) as [MemberRole, ...MemberRole[]];

export const meetingKinds = [
  { id: 'kickoff', sv: 'Uppstartsmöte (kick-off)', en: 'Kick-off' },
  { id: 'workshop', sv: 'Workshop eller dialogmöte', en: 'Workshop or dialogue meeting' },
  { id: 'working_group', sv: 'Arbetsgruppsmöte', en: 'Working group meeting' },
  { id: 'reference_group', sv: 'Referensgruppsmöte', en: 'Reference group meeting' },
  { id: 'follow_up', sv: 'Uppföljningsmöte', en: 'Follow-up meeting' },
  { id: 'other', sv: 'Annat möte', en: 'Other meeting' },
] as const;
export type MeetingKind = (typeof meetingKinds)[number]['id'];
export const meetingKindIds = meetingKinds.map((k) => k.id) as [MeetingKind, ...MeetingKind[]];

/** Icons go with the words, so a status is never told by colour alone. */
export const meetingStatuses = [
  { id: 'planned', sv: 'Planerat', en: 'Planned', icon: '○' },
  { id: 'held', sv: 'Genomfört', en: 'Held', icon: '✔' },
  { id: 'cancelled', sv: 'Inställt', en: 'Cancelled', icon: '✕' },
] as const;
export type MeetingStatus = (typeof meetingStatuses)[number]['id'];
export const meetingStatusIds = meetingStatuses.map((s) => s.id) as [
  MeetingStatus,
  ...MeetingStatus[],
];

export interface GroupMember {
  id: string;
  stakeholderId: string;
  name: string;
  organisation: string;
  role: MemberRole;
  categories: ActorCategory[];
}

export interface GroupRow {
  id: string;
  programmeId: string;
  kind: GroupKind;
  name: string;
  purpose: string;
  memberCount: number;
  updatedAt: string;
}

/** Which actor categories the members bring, and which none of them does (I22). */
export interface Composition {
  covered: { category: ActorCategory; members: string[] }[];
  missing: ActorCategory[];
}

export interface Group extends GroupRow {
  notes: string;
  members: GroupMember[];
  composition: Composition;
  meetings: MeetingRow[];
  createdAt: string;
}

export interface MeetingParticipant {
  id: string;
  stakeholderId: string | null;
  name: string;
  attended: boolean;
}

export interface MeetingItem {
  id: string;
  text: string;
}

/** An insight made from a meeting, as a link ("Insikt: …"). */
export interface MeetingInsight {
  id: string;
  type: string;
  text: string;
}

export interface MeetingOutcome extends MeetingItem {
  /** The insight the outcome was turned into; null while none (or it is in the trash). */
  insight: MeetingInsight | null;
}

export interface MeetingRow {
  id: string;
  programmeId: string;
  kind: MeetingKind;
  title: string;
  date: string;
  /** HH:MM, or null when no time is set. */
  time: string | null;
  place: string;
  groupId: string | null;
  groupName: string | null;
  status: MeetingStatus;
  participantCount: number;
  attendedCount: number;
  outcomeCount: number;
}

export interface Meeting extends MeetingRow {
  notes: string;
  participants: MeetingParticipant[];
  agenda: MeetingItem[];
  questions: MeetingItem[];
  outcomes: MeetingOutcome[];
  /** Every live insight that cites the meeting, including ones added from the insight side. */
  insights: MeetingInsight[];
  createdAt: string;
  updatedAt: string;
}

/**
 * The composition check: each category with the members who bring it, in the order of the
 * catalogue, and the categories no member brings.
 */
export function compositionOf(
  members: readonly { name: string; categories: readonly ActorCategory[] }[],
): Composition {
  const covered: Composition['covered'] = [];
  const missing: ActorCategory[] = [];
  for (const category of actorCategoryIds) {
    const names = members.filter((m) => m.categories.includes(category)).map((m) => m.name);
    if (names.length > 0) covered.push({ category, members: names });
    else missing.push(category);
  }
  return { covered, missing };
}

/** Planned meetings from today on come first (soonest first), then the rest (latest first). */
export function meetingOrder(
  a: Pick<MeetingRow, 'date' | 'time' | 'status' | 'title'>,
  b: Pick<MeetingRow, 'date' | 'time' | 'status' | 'title'>,
  today: string,
): number {
  const upcoming = (m: typeof a) => m.status === 'planned' && m.date >= today;
  const ua = upcoming(a);
  const ub = upcoming(b);
  if (ua !== ub) return ua ? -1 : 1;
  const key = (m: typeof a) => `${m.date} ${m.time ?? '99:99'}`;
  const byDate = key(a).localeCompare(key(b));
  if (byDate !== 0) return ua ? byDate : -byDate;
  return a.title.localeCompare(b.title, 'sv');
}

export const timelineSources = ['step', 'meeting', 'caseStage'] as const;
export type TimelineSource = (typeof timelineSources)[number];

export interface TimelineItem {
  /** Unique within the timeline. */
  key: string;
  date: string;
  time: string | null;
  source: TimelineSource;
  /** Step: the step id. Meeting: the meeting id. Case stage: the case id. */
  refId: string;
  /** The meeting's or case's title; for a step the renderer names it from the catalogue. */
  title: string;
  /** Meeting kind, the stage's body ('remiss', 'ksau', 'ks', 'kf') or the step's phase. */
  kind: string;
  state: 'done' | 'open' | 'cancelled';
  /** Past its date and still open: shown with text and an icon. */
  overdue: boolean;
}

export interface TimelineMonth {
  /** YYYY-MM. */
  month: string;
  items: TimelineItem[];
}

export interface Timeline {
  today: string;
  months: TimelineMonth[];
}

const sourceRank: Record<TimelineSource, number> = { caseStage: 0, step: 1, meeting: 2 };

/** Chronological by date and time (an item without a time first), then by kind and title. */
export function compareTimelineItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.time ?? '').localeCompare(b.time ?? '') ||
    sourceRank[a.source] - sourceRank[b.source] ||
    a.title.localeCompare(b.title, 'sv') ||
    a.key.localeCompare(b.key)
  );
}

/** Sorts the items and groups them by calendar month. */
export function groupByMonth(items: readonly TimelineItem[]): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  for (const item of [...items].sort(compareTimelineItems)) {
    const month = item.date.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last.month === month) last.items.push(item);
    else months.push({ month, items: [item] });
  }
  return months;
}

/** Open and dated before today: the day itself is not late yet. */
export const isOverdue = (date: string, state: TimelineItem['state'], today: string): boolean =>
  state === 'open' && date < today;
