// Runs in: main process / Node. Planning a case backwards from the KF meeting the officer aims for
// (S26): which KS and KSAU meetings it must pass, when the remiss must go out and come back, and
// every last day to submit documents, in Swedish working days. Pure: meetings and today in, plan out.
import type {
  BackPlan,
  MeetingBody,
  PlanMilestone,
  PlannedMeeting,
} from '../../../shared/domain/cases';
import { longDate } from '../export/dates';
import { addDays, daysBetween } from './days';
import { workingDaysBefore } from './workingDays';

export interface CalendarMeeting {
  id: string;
  body: MeetingBody;
  date: string;
  deadlineWorkingDays: number;
}

export interface BackPlanInput {
  /** The KF meeting aimed for. */
  target: CalendarMeeting;
  /** The calendar (any bodies, any order; meetings of other bodies are ignored where not needed). */
  meetings: readonly CalendarMeeting[];
  /** 0: no remiss round. */
  remissWeeks: number;
  today: string;
  /**
   * Working days between the last remiss reply and the KSAU deadline, for reading the replies,
   * writing the remissammanställning and revising the draft.
   */
  remissBufferWorkingDays?: number;
  /** Stages the case has already passed: their dates lying before today is no problem. */
  passed?: readonly ('remiss' | MeetingBody)[];
}

export const REMISS_BUFFER_WORKING_DAYS = 10;

const SHORT: Record<MeetingBody, string> = { ksau: 'KSAU', ks: 'KS', kf: 'KF' };
const LONG: Record<MeetingBody, string> = {
  ksau: 'kommunstyrelsens arbetsutskott (KSAU)',
  ks: 'kommunstyrelsen (KS)',
  kf: 'kommunfullmäktige (KF)',
};

export function plannedMeeting(m: CalendarMeeting): PlannedMeeting {
  return {
    meetingId: m.id,
    body: m.body,
    date: m.date,
    submitBy: workingDaysBefore(m.date, m.deadlineWorkingDays),
  };
}

/** The latest meeting of `body` on or before `latest` (the deadline it must make). */
function latestBefore(
  meetings: readonly CalendarMeeting[],
  body: MeetingBody,
  latest: string,
): CalendarMeeting | null {
  let best: CalendarMeeting | null = null;
  for (const m of meetings) {
    if (m.body !== body || m.date > latest) continue;
    if (!best || m.date > best.date || (m.date === best.date && m.id < best.id)) best = m;
  }
  return best;
}

const weeksWord = (n: number) => (n === 1 ? 'en vecka' : `${n} veckor`);

interface Core {
  plan: Omit<BackPlan, 'earliestReachableKf'>;
}

function planOnce(input: BackPlanInput): Core {
  const { target, meetings, today } = input;
  const warnings: string[] = [];
  const milestones: PlanMilestone[] = [];
  let complete = true;
  let late = false;
  const passed = new Set(input.passed ?? []);

  const kf = plannedMeeting(target);

  const ksMeeting = latestBefore(meetings, 'ks', kf.submitBy);
  const ks = ksMeeting ? plannedMeeting(ksMeeting) : null;
  if (!ks) {
    complete = false;
    warnings.push(
      `Det finns inget sammanträde för ${LONG.ks} som hinner före sista dag för handlingar till fullmäktige (${longDate(
        kf.submitBy,
      )}). Lägg in sammanträdesdagar i kalendern eller sikta på ett senare fullmäktige.`,
    );
  }
  const ksauMeeting = ks ? latestBefore(meetings, 'ksau', ks.submitBy) : null;
  const ksau = ksauMeeting ? plannedMeeting(ksauMeeting) : null;
  if (ks && !ksau) {
    complete = false;
    warnings.push(
      `Det finns inget sammanträde för ${LONG.ksau} som hinner före sista dag för handlingar till kommunstyrelsen (${longDate(
        ks.submitBy,
      )}). Lägg in sammanträdesdagar i kalendern eller sikta på ett senare fullmäktige.`,
    );
  }

  let remiss: BackPlan['remiss'] = null;
  if (ksau && input.remissWeeks > 0) {
    const buffer = input.remissBufferWorkingDays ?? REMISS_BUFFER_WORKING_DAYS;
    const end = workingDaysBefore(ksau.submitBy, buffer);
    const start = workingDaysBefore(addDays(end, -7 * input.remissWeeks), 0);
    remiss = { start, end, weeks: input.remissWeeks };
    if (start < today && !passed.has('remiss')) {
      late = true;
      const weeksLeft = Math.floor(daysBetween(today, end) / 7);
      warnings.push(
        weeksLeft > 0
          ? `Remissen skulle ha skickats senast ${longDate(start)} för en remisstid på ${weeksWord(
              input.remissWeeks,
            )}. Räknat från i dag hinns bara ${
              weeksLeft === 1 ? 'en veckas' : `${weeksLeft} veckors`
            } remisstid före KSAU.`
          : `Remissen skulle ha skickats senast ${longDate(start)}. Det finns inte längre tid för en remissrunda före KSAU den ${longDate(
              ksau.date,
            )}.`,
      );
    }
    milestones.push(
      { date: start, kind: 'remiss-start', label: 'Remissen skickas' },
      { date: end, kind: 'remiss-end', label: 'Sista dag för remissvar' },
    );
  }

  for (const m of [ksau, ks, kf]) {
    if (!m) continue;
    milestones.push(
      {
        date: m.submitBy,
        kind: `${m.body}-submit`,
        label: `Sista dag för handlingar till ${SHORT[m.body]}`,
      },
      { date: m.date, kind: m.body, label: `${SHORT[m.body]} sammanträder` },
    );
    if (m.submitBy < today && !passed.has(m.body)) {
      late = true;
      warnings.push(
        m.date < today
          ? `Sammanträdet i ${LONG[m.body]} den ${longDate(m.date)} har redan varit.`
          : `Sista dag för handlingar till ${LONG[m.body]} var ${longDate(m.submitBy)} och har redan passerat.`,
      );
    }
  }
  milestones.sort((a, b) => a.date.localeCompare(b.date));

  return {
    plan: { kf, ks, ksau, remiss, milestones, warnings, reachable: complete && !late },
  };
}

/**
 * Plans backwards from `input.target`: the latest KS meeting whose date still makes the KF
 * deadline, the latest KSAU meeting before that KS meeting's deadline, and a remiss period that
 * ends `remissBufferWorkingDays` before the KSAU deadline. When the target cannot be reached, the
 * first later KF meeting that can is suggested.
 */
export function planBackwards(input: BackPlanInput): BackPlan {
  const { plan } = planOnce(input);
  let earliestReachableKf: BackPlan['earliestReachableKf'] = null;
  if (!plan.reachable) {
    const later = input.meetings
      .filter((m) => m.body === 'kf' && m.date > input.target.date)
      .sort((a, b) => a.date.localeCompare(b.date));
    for (const kf of later) {
      if (planOnce({ ...input, target: kf }).plan.reachable) {
        earliestReachableKf = { meetingId: kf.id, date: kf.date };
        break;
      }
    }
    plan.warnings.push(
      earliestReachableKf
        ? `Målet kan inte nås. Det tidigaste fullmäktige som hinns är den ${longDate(
            earliestReachableKf.date,
          )}.`
        : 'Målet kan inte nås, och inget senare fullmäktige i kalendern hinns heller. Lägg in fler sammanträdesdagar.',
    );
  }
  return { ...plan, earliestReachableKf };
}
