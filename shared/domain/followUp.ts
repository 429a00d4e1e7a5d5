// Runs in: everywhere. Follow-up (uppföljning) of a programme: the cadence and its periods (I38),
// follow-up records with judgements per goal and action (F04, F21), process check-ins (F20),
// lessons learned that can become actions (F06, F07), and what was dropped and why (F25). The
// period arithmetic is pure and lives here so the core and the screens agree on it.
import type { ActionStatus } from './actions';
import type { GoalStatusId, Localized } from './goals';

export const cadences = [
  { id: 'monthly', months: 1, sv: 'Månadsvis', en: 'Monthly' },
  { id: 'quarterly', months: 3, sv: 'Kvartalsvis', en: 'Quarterly' },
  { id: 'tertial', months: 4, sv: 'Tertial', en: 'Every four months' },
  { id: 'half_year', months: 6, sv: 'Halvår', en: 'Half-yearly' },
  { id: 'year', months: 12, sv: 'År', en: 'Yearly' },
] as const;
export type Cadence = (typeof cadences)[number]['id'];
export const cadenceIds = cadences.map((c) => c.id) as [Cadence, ...Cadence[]];
export const DEFAULT_CADENCE: Cadence = 'quarterly';
/** Days after a period's end during which its follow-up is due rather than overdue. */
export const FOLLOW_UP_GRACE_DAYS = 30;

export interface FollowUpSettings {
  programmeId: string;
  cadence: Cadence;
  /** YYYY-MM-DD; the first period is the one that holds this date. */
  startDate: string;
  /** True while nothing has been saved and the defaults are shown. */
  isDefault: boolean;
}

export interface FollowUpPeriod {
  /** '2026-K1', '2026-03', '2026-T2', '2026-H1' or '2026'. */
  key: string;
  start: string;
  end: string;
  label: Localized;
}

/** done: closed record; draft: a record is being written; the rest by date. */
export type PeriodState = 'done' | 'draft' | 'upcoming' | 'due' | 'overdue';

export const periodStates: Record<PeriodState, Localized & { icon: string }> = {
  done: { icon: '✔', sv: 'Uppföljd', en: 'Followed up' },
  draft: { icon: '✎', sv: 'Påbörjad', en: 'Started' },
  upcoming: { icon: '○', sv: 'Pågående period', en: 'Current period' },
  due: { icon: '◔', sv: 'Dags att följa upp', en: 'Time to follow up' },
  overdue: { icon: '!', sv: 'Väntar på uppföljning', en: 'Waiting for a follow-up' },
};

export interface PeriodWithState extends FollowUpPeriod {
  state: PeriodState;
  /** The day the follow-up is best held: the period's last day. */
  dueDate: string;
  recordId: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const DAY = 86_400_000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

function monthsOf(cadence: Cadence): number {
  return cadences.find((c) => c.id === cadence)!.months;
}

function periodLabel(cadence: Cadence, year: number, index: number): Localized & { key: string } {
  switch (cadence) {
    case 'monthly': {
      const sv = new Date(Date.UTC(year, index - 1, 1)).toLocaleString('sv-SE', {
        month: 'long',
        timeZone: 'UTC',
      });
      const en = new Date(Date.UTC(year, index - 1, 1)).toLocaleString('en-GB', {
        month: 'long',
        timeZone: 'UTC',
      });
      return { key: `${year}-${pad(index)}`, sv: `${sv} ${year}`, en: `${en} ${year}` };
    }
    case 'quarterly':
      return { key: `${year}-K${index}`, sv: `Kvartal ${index} ${year}`, en: `Q${index} ${year}` };
    case 'tertial':
      return {
        key: `${year}-T${index}`,
        sv: `Tertial ${index} ${year}`,
        en: `Four-month period ${index} ${year}`,
      };
    case 'half_year':
      return {
        key: `${year}-H${index}`,
        sv: `Halvår ${index} ${year}`,
        en: `Half-year ${index} ${year}`,
      };
    case 'year':
      return { key: `${year}`, sv: `År ${year}`, en: `Year ${year}` };
  }
}

/** The calendar period of the cadence that holds `date` (periods follow the calendar year). */
export function periodOf(cadence: Cadence, date: string): FollowUpPeriod {
  const months = monthsOf(cadence);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const index = Math.floor((month - 1) / months) + 1;
  const firstMonth = (index - 1) * months + 1;
  const endMonth = firstMonth + months - 1;
  const { key, sv, en } = periodLabel(cadence, year, index);
  return {
    key,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`,
    label: { sv, en },
  };
}

/** The period right after `period` (across the turn of the year). */
export function nextPeriod(cadence: Cadence, period: FollowUpPeriod): FollowUpPeriod {
  const next = new Date(dayMs(period.end) + DAY).toISOString().slice(0, 10);
  return periodOf(cadence, next);
}

/** Every period from the one holding `startDate` to the one holding `today`, oldest first. */
export function periodsUntil(cadence: Cadence, startDate: string, today: string): FollowUpPeriod[] {
  const periods: FollowUpPeriod[] = [];
  if (startDate > today) return periods;
  let period = periodOf(cadence, startDate);
  // 1 200 months is a hundred years: a start date that far back is a typing error, not a plan.
  while (period.start <= today && periods.length < 1200) {
    periods.push(period);
    period = nextPeriod(cadence, period);
  }
  return periods;
}

export interface RecordRef {
  id: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  status: FollowUpStatus;
}

/** The state of one period on `today` given the records written for it. */
export function periodState(
  period: FollowUpPeriod,
  today: string,
  record: RecordRef | undefined,
  graceDays = FOLLOW_UP_GRACE_DAYS,
): PeriodState {
  if (record?.status === 'closed') return 'done';
  if (record) return 'draft';
  if (today <= period.end) return 'upcoming';
  return (dayMs(today) - dayMs(period.end)) / DAY <= graceDays ? 'due' : 'overdue';
}

/** Every period until today with its state, newest first. */
export function followUpPeriods(
  settings: { cadence: Cadence; startDate: string },
  today: string,
  records: readonly RecordRef[],
  graceDays = FOLLOW_UP_GRACE_DAYS,
): PeriodWithState[] {
  const byKey = new Map<string, RecordRef>();
  for (const r of records) {
    const known = byKey.get(r.periodKey);
    // A closed record counts before a draft of the same period.
    if (!known || (known.status !== 'closed' && r.status === 'closed')) byKey.set(r.periodKey, r);
  }
  // After a change of cadence, a closed record of the old cadence still covers the periods that
  // lie inside it (three months inside a followed-up quarter are not waiting).
  const closed = records.filter((r) => r.status === 'closed');
  return periodsUntil(settings.cadence, settings.startDate, today)
    .map((p) => {
      const record =
        byKey.get(p.key) ?? closed.find((r) => r.periodStart <= p.start && p.end <= r.periodEnd);
      return {
        ...p,
        state: periodState(p, today, record, graceDays),
        dueDate: p.end,
        recordId: record?.id ?? null,
      };
    })
    .reverse();
}

/**
 * The next follow-up to hold: the oldest period still waiting (overdue, due or started), else the
 * current period. Null before the start date.
 */
export function nextFollowUp(periods: readonly PeriodWithState[]): PeriodWithState | null {
  const waiting = periods.filter(
    (p) => p.state === 'overdue' || p.state === 'due' || p.state === 'draft',
  );
  if (waiting.length > 0) return waiting[waiting.length - 1]!;
  return periods.find((p) => p.state === 'upcoming') ?? null;
}

export const followUpStatuses = [
  { id: 'draft', sv: 'Utkast', en: 'Draft', icon: '✎' },
  { id: 'closed', sv: 'Avslutad', en: 'Closed', icon: '✔' },
] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number]['id'];

/** F20: how we work against how we said we would. */
export const checkinQuestions = [
  {
    id: 'visits',
    sv: 'Besöker vi företagen så ofta som vi bestämde?',
    en: 'Do we visit companies as often as we decided?',
  },
  {
    id: 'meetings',
    sv: 'Håller vi de möten och avstämningar vi lovade?',
    en: 'Do we hold the meetings and check-ins we promised?',
  },
  {
    id: 'together',
    sv: 'Är företag, politiker och tjänstepersoner med så som vi tänkte?',
    en: 'Are companies, politicians and officials involved as we intended?',
  },
  {
    id: 'telling',
    sv: 'Berättar vi om resultaten så som vi bestämde?',
    en: 'Do we share the results as we decided?',
  },
] as const;
export type CheckinQuestionId = (typeof checkinQuestions)[number]['id'];
export const checkinQuestionIds = checkinQuestions.map((q) => q.id) as [
  CheckinQuestionId,
  ...CheckinQuestionId[],
];

export const checkinAnswers = [
  { id: 'yes', icon: '✔', sv: 'Ja, som vi sa', en: 'Yes, as we said' },
  { id: 'partly', icon: '◐', sv: 'Delvis', en: 'Partly' },
  { id: 'not_yet', icon: '○', sv: 'Inte än', en: 'Not yet' },
] as const;
export type CheckinAnswer = (typeof checkinAnswers)[number]['id'];
export const checkinAnswerIds = checkinAnswers.map((a) => a.id) as [
  CheckinAnswer,
  ...CheckinAnswer[],
];

export interface FollowUpParticipant {
  stakeholderId: string | null;
  name: string;
}

/** A goal as it stood when the follow-up was written: the computed status is kept (snapshot). */
export interface GoalJudgement {
  goalId: string;
  goalText: string;
  focusAreaName: string | null;
  status: GoalStatusId;
  statusReason: Localized;
  latestValue: number | null;
  latestDate: string | null;
  comment: string;
}

export interface ActionJudgement {
  actionId: string;
  what: string;
  focusAreaName: string | null;
  status: ActionStatus;
  /** The reason an action was dropped, kept as it was written then (F25). */
  droppedReason: string;
  /** Dropped during this period: listed under "Det här valde vi bort". */
  droppedInPeriod: boolean;
  /** Done since the previous follow-up: counted in the opening (F26). */
  doneInPeriod: boolean;
  comment: string;
}

export interface Checkin {
  questionId: CheckinQuestionId;
  answer: CheckinAnswer | null;
  comment: string;
}

export const lessonOutcomes = [
  { id: 'none', sv: 'Bara en lärdom', en: 'A lesson only' },
  { id: 'new_action', sv: 'Blev en ny aktivitet', en: 'Became a new action' },
  { id: 'changed_action', sv: 'Ändrar en aktivitet', en: 'Changes an action' },
] as const;
export type LessonOutcome = (typeof lessonOutcomes)[number]['id'];
export const lessonOutcomeIds = lessonOutcomes.map((o) => o.id) as [
  LessonOutcome,
  ...LessonOutcome[],
];

export interface Lesson {
  id: string;
  followUpId: string;
  text: string;
  goalId: string | null;
  goalText: string | null;
  actionId: string | null;
  actionWhat: string | null;
  outcome: LessonOutcome;
  /** The action the lesson created or changes (F07); null when gone or none. */
  resultActionId: string | null;
  resultActionWhat: string | null;
  createdAt: string;
}

/** A lesson in the list across follow-ups. */
export interface LessonRow extends Lesson {
  periodKey: string;
  periodLabel: Localized;
  heldOn: string | null;
  focusAreaId: string | null;
  focusAreaName: string | null;
}

export interface FollowUpRow {
  id: string;
  programmeId: string;
  periodKey: string;
  periodLabel: Localized;
  periodStart: string;
  periodEnd: string;
  heldOn: string | null;
  status: FollowUpStatus;
  lessonCount: number;
  updatedAt: string;
}

export interface FollowUp extends FollowUpRow {
  meetingRef: string;
  summary: string;
  droppedNotes: string;
  participants: FollowUpParticipant[];
  /** The encouraging opening, achievements first (F26, F27), as of the snapshot. */
  highlights: Localized[];
  snapshotAt: string;
  goals: GoalJudgement[];
  actions: ActionJudgement[];
  checkins: Checkin[];
  lessons: Lesson[];
  closedAt: string | null;
  reopenedAt: string | null;
  reopenReason: string;
}

export interface FollowUpOverview {
  settings: FollowUpSettings;
  periods: PeriodWithState[];
  next: PeriodWithState | null;
  records: FollowUpRow[];
}

interface HighlightCounts {
  actionsDone: number;
  goalsTotal: number;
  goalsGreen: number;
  goalsReached: number;
  actionsInProgress: number;
  actionsDropped: number;
  lessons: number;
  first: boolean;
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/**
 * The opening of a follow-up (F26, F27): what was achieved first, then what is moving, and a
 * dropped action as a choice that frees time, never as a failure. Never empty.
 */
export function highlights(c: HighlightCounts): Localized[] {
  const lines: Localized[] = [];
  const since = c.first
    ? { sv: 'hittills', en: 'so far' }
    : { sv: 'sedan förra uppföljningen', en: 'since the previous follow-up' };
  if (c.actionsDone > 0) {
    lines.push({
      sv: `${plural(c.actionsDone, 'aktivitet', 'aktiviteter')} klar${c.actionsDone === 1 ? '' : 'a'} ${since.sv}.`,
      en: `${plural(c.actionsDone, 'action', 'actions')} done ${since.en}.`,
    });
  }
  if (c.goalsReached > 0) {
    lines.push({
      sv: `${plural(c.goalsReached, 'mål', 'mål')} nått${c.goalsReached === 1 ? '' : 'a'}.`,
      en: `${plural(c.goalsReached, 'goal', 'goals')} reached.`,
    });
  }
  if (c.goalsTotal > 0 && c.goalsGreen > 0) {
    lines.push({
      sv: `${c.goalsGreen} av ${c.goalsTotal} mål är i fas.`,
      en: `${c.goalsGreen} of ${c.goalsTotal} goals are on track.`,
    });
  }
  if (c.actionsInProgress > 0) {
    lines.push({
      sv: `${plural(c.actionsInProgress, 'aktivitet', 'aktiviteter')} pågår just nu.`,
      en: `${plural(c.actionsInProgress, 'action is', 'actions are')} under way right now.`,
    });
  }
  if (c.actionsDropped > 0) {
    lines.push({
      sv: `${plural(c.actionsDropped, 'aktivitet', 'aktiviteter')} valdes bort, vilket ger tid till det som fungerar.`,
      en: `${plural(c.actionsDropped, 'action was', 'actions were')} dropped, which frees time for what works.`,
    });
  }
  if (c.lessons > 0) {
    lines.push({
      sv: `${plural(c.lessons, 'lärdom', 'lärdomar')} att ta med framåt.`,
      en: `${plural(c.lessons, 'lesson', 'lessons')} to take forward.`,
    });
  }
  if (lines.length === 0) {
    lines.push({
      sv: 'En bra start: nu finns en gemensam bild att bygga vidare på.',
      en: 'A good start: there is now a shared picture to build on.',
    });
  }
  return lines;
}

export type { HighlightCounts };
