// Runs in: everywhere. Communication (kommunikation): the plan of what is to be told to whom and
// why (S18, I02, I24, I26, P16), the log of what was told (I27, I28, F23), politician briefings
// (I09) and the small rules both the core and the screens use (overdue briefings, "how long ago").

/** I26: who a message is for; an item may have several. */
export const audiences = [
  { id: 'companies', sv: 'Företag', en: 'Companies' },
  { id: 'politicians', sv: 'Politiker', en: 'Politicians' },
  { id: 'staff', sv: 'Medarbetare/tjänstepersoner', en: 'Staff/officials' },
  { id: 'public', sv: 'Allmänhet', en: 'The public' },
  { id: 'media', sv: 'Media', en: 'Media' },
  { id: 'regional', sv: 'Regionala partner', en: 'Regional partners' },
] as const;
export type Audience = (typeof audiences)[number]['id'];
export const audienceIds = audiences.map((a) => a.id) as [Audience, ...Audience[]];

/** I27: the channels; S19 digital dialogue and surveys; I28 events where the municipality is seen. */
export const channels = [
  { id: 'meeting', sv: 'Möte', en: 'Meeting' },
  { id: 'newsletter', sv: 'Nyhetsbrev', en: 'Newsletter' },
  { id: 'web', sv: 'Webb', en: 'Website' },
  { id: 'social', sv: 'Sociala medier', en: 'Social media' },
  { id: 'press', sv: 'Pressmeddelande', en: 'Press release' },
  { id: 'breakfast', sv: 'Frukostmöte', en: 'Business breakfast' },
  { id: 'visit', sv: 'Personligt besök', en: 'Personal visit' },
  { id: 'email', sv: 'E-post', en: 'E-mail' },
  { id: 'survey', sv: 'Enkät/digital dialog', en: 'Survey/digital dialogue' },
  { id: 'event', sv: 'Evenemang/mässa', en: 'Event/fair' },
  { id: 'other', sv: 'Annat', en: 'Other' },
] as const;
export type Channel = (typeof channels)[number]['id'];
export const channelIds = channels.map((c) => c.id) as [Channel, ...Channel[]];

export const planStatuses = [
  { id: 'planned', sv: 'Planerad', en: 'Planned', icon: '○' },
  { id: 'in_progress', sv: 'Pågår', en: 'In progress', icon: '◐' },
  { id: 'done', sv: 'Genomförd', en: 'Done', icon: '✔' },
  { id: 'cancelled', sv: 'Inställd', en: 'Cancelled', icon: '✕' },
] as const;
export type PlanStatus = (typeof planStatuses)[number]['id'];
export const planStatusIds = planStatuses.map((s) => s.id) as [PlanStatus, ...PlanStatus[]];

/** I25: a result a communication item can start from. */
export const sourceKinds = [
  { id: 'action', sv: 'Aktivitet', en: 'Action' },
  { id: 'goal', sv: 'Mål', en: 'Goal' },
] as const;
export type SourceKind = (typeof sourceKinds)[number]['id'];
export const sourceKindIds = sourceKinds.map((s) => s.id) as [SourceKind, ...SourceKind[]];

/** I09: bodies suggested in the briefing form; any other name may be typed. */
export const suggestedBodies = [
  'KSAU',
  'KS',
  'KF',
  'Nämnd',
  'Partigrupp',
  'Näringslivsråd',
  'Annat',
] as const;

export const DEFAULT_BRIEFING_INTERVAL_DAYS = 90;

/** The record an item was created from, with a readable name; null name when it is gone. */
export interface SourceRef {
  kind: SourceKind;
  id: string;
  label: string | null;
}

export interface PlanItem {
  id: string;
  programmeId: string;
  message: string;
  why: string;
  audiences: Audience[];
  channel: Channel;
  plannedDate: string | null;
  /** Free text when a date is too precise: "Vår 2027", "varje kvartal". */
  period: string;
  responsibleStakeholderId: string | null;
  responsibleName: string;
  status: PlanStatus;
  /** F23: reporting upward, to politicians or management. */
  upward: boolean;
  note: string;
  source: SourceRef | null;
  /** How many log entries tell that this item was carried out. */
  logCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface LogEntry {
  id: string;
  programmeId: string;
  date: string;
  channel: Channel;
  audiences: Audience[];
  what: string;
  /** Reach or response: "40 deltagare", "12 svar", "artikel i lokaltidningen". */
  reach: string;
  planItemId: string | null;
  /** The plan item's message, null when there is none or it is in the trash. */
  planItemMessage: string | null;
  upward: boolean;
  source: SourceRef | null;
  createdAt: string;
  updatedAt: string;
}

export interface BriefingParticipant {
  stakeholderId: string | null;
  name: string;
}

export interface Briefing {
  id: string;
  programmeId: string;
  date: string;
  /** KSAU, KS, KF, a nämnd, a party group or any other name. */
  body: string;
  topics: string;
  participants: BriefingParticipant[];
  reactions: string;
  followUp: string;
  createdAt: string;
  updatedAt: string;
}

/** The last briefing of one body against its reminder interval. */
export interface BodyBriefingStatus {
  body: string;
  lastDate: string | null;
  daysSince: number | null;
  intervalDays: number;
  overdue: boolean;
}

/** What the plan-item form starts with when it is made from a result (I25). */
export interface CommunicationPrefill {
  message: string;
  why: string;
  audiences: Audience[];
  channel: Channel;
  /** Goal results are reported upward too (F23). */
  upward: boolean;
  source: SourceRef;
}

/** A communication item or log entry as a link from the action or goal it tells about. */
export interface CommunicationLink {
  type: 'plan' | 'log';
  id: string;
  text: string;
  date: string | null;
  status: PlanStatus | null;
}

export interface SourceLinks {
  /** True when the record is a result worth telling: a finished action, a green goal. */
  eligible: boolean;
  links: CommunicationLink[];
}

/** A finished action or reached goal nothing has been told about yet. */
export interface UntoldResult {
  kind: SourceKind;
  id: string;
  text: string;
  /** When it was finished or reached (best known), YYYY-MM-DD. */
  date: string | null;
  /** For goals: reached (at target) rather than only on track. */
  reached: boolean;
}

export interface ChannelSpread {
  year: number;
  total: number;
  upward: number;
  byChannel: Record<Channel, number>;
  byAudience: Record<Audience, number>;
  /** Politician briefings that year (they are upward communication too). */
  briefings: number;
}

export interface CommunicationOptions {
  /** The programme's "why" (S11), offered for reuse in each item (I02). */
  programmeWhy: string;
  /** Suggested bodies followed by the ones already used. */
  bodies: string[];
  planItems: { id: string; message: string }[];
}

const DAY = 86_400_000;
const dayMs = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);

export const daysBetween = (from: string, to: string): number =>
  Math.round((dayMs(to) - dayMs(from)) / DAY);

/** Body names are compared without case or surrounding space: "ks" and "KS " are one body. */
export const bodyKey = (body: string): string => body.trim().toLocaleLowerCase('sv');

/** I09: overdue when never briefed, or when the last briefing is `intervalDays` or more ago. */
export function isBriefingOverdue(
  lastDate: string | null,
  today: string,
  intervalDays: number,
): boolean {
  if (lastDate === null) return true;
  return daysBetween(lastDate, today) >= intervalDays;
}

/** "How long ago" in the largest unit that reads naturally: days, then weeks, then months. */
export function elapsed(days: number): { unit: 'day' | 'week' | 'month'; count: number } {
  if (days >= 60) return { unit: 'month', count: Math.floor(days / 30) };
  if (days >= 14) return { unit: 'week', count: Math.floor(days / 7) };
  return { unit: 'day', count: Math.max(0, days) };
}
