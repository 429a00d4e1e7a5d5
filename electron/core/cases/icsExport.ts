// Runs in: main process / Node. The meeting calendar and the document deadlines as an .ics file
// for Outlook: each meeting and its last day to submit as all-day events, or one case's plan.
import type { Database } from 'better-sqlite3';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { meetingBodies, type Meeting } from '../../../shared/domain/cases';
import { AppFailure } from '../../../shared/errors';
import { todayIso } from '../export/dates';
import { safeFileName } from '../export/fileName';
import { addDays } from './days';
import { listMeetings } from './meetingQueries';
import { selectCase } from './queries';
import { caseNotFound, planForMeeting } from './service';

const PRODUCT = 'Programverkstaden';

const dateArray = (iso: string): DateArray => [
  Number(iso.slice(0, 4)),
  Number(iso.slice(5, 7)),
  Number(iso.slice(8, 10)),
];

/** An all-day event; stable UIDs so that a second import updates instead of duplicating. */
function allDay(uid: string, date: string, title: string, description: string): EventAttributes {
  return {
    uid: `${uid}@programverkstaden`,
    start: dateArray(date),
    end: dateArray(addDays(date, 1)),
    title,
    description,
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    categories: ['Sammanträden'],
    productId: PRODUCT,
  };
}

const longName = (body: Meeting['body']) => meetingBodies.find((b) => b.id === body)!.long;
const shortName = (body: Meeting['body']) => meetingBodies.find((b) => b.id === body)!.sv;

function meetingEvents(m: Meeting): EventAttributes[] {
  const note = m.note ? `\n${m.note}` : '';
  return [
    allDay(
      `meeting-${m.id}`,
      m.date,
      `${shortName(m.body)} sammanträder`,
      `${longName(m.body)}${note}`,
    ),
    allDay(
      `deadline-${m.id}`,
      m.submitBy,
      `Sista dag för handlingar till ${shortName(m.body)} ${m.date}`,
      `${m.deadlineWorkingDays} arbetsdagar före sammanträdet i ${longName(m.body).toLocaleLowerCase('sv')} ${m.date}.`,
    ),
  ];
}

function render(events: EventAttributes[], calName: string): string {
  const { error, value } = createEvents(events, { productId: PRODUCT, calName });
  if (error || value === null) {
    throw new AppFailure('INTERNAL', {
      sv: 'Kalenderfilen kunde inte skapas.',
      en: 'The calendar file could not be made.',
    });
  }
  return value;
}

/**
 * Without a case: every meeting in the period (default: today and 18 months on) with its
 * deadline. With a case: the milestones of its back-planning, named after the case.
 */
export function exportIcs(
  db: Database,
  input: { from?: string; to?: string; caseId?: string },
  today = todayIso(),
): { fileName: string; text: string } {
  if (input.caseId) {
    const record = selectCase(db, input.caseId);
    if (!record) throw caseNotFound();
    const plan = record.targetKfMeetingId
      ? planForMeeting(db, record.targetKfMeetingId, record.remissWeeks, today, record.id)
      : null;
    if (!plan) {
      throw new AppFailure('VALIDATION', {
        sv: 'Välj först vilket fullmäktige ärendet ska till, så att tidsplanen kan räknas fram.',
        en: 'First choose the KF meeting the case is aiming for, so the plan can be made.',
      });
    }
    const label = record.dnr ? `${record.title} (${record.dnr})` : record.title;
    const events = plan.milestones.map((m) =>
      allDay(`case-${record.id}-${m.kind}`, m.date, `${m.label}: ${record.title}`, label),
    );
    return {
      fileName: safeFileName(`Tidsplan ${record.title}`, 'ics'),
      text: render(events, `Tidsplan: ${record.title}`),
    };
  }
  const from = input.from ?? today;
  const to = input.to ?? addDays(from, 549);
  const events: EventAttributes[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = listMeetings(db, { from, to, offset, limit: 500 });
    for (const m of page.rows) events.push(...meetingEvents(m));
    if (offset + page.rows.length >= page.total || page.rows.length === 0) break;
  }
  return {
    fileName: safeFileName(`Sammanträden ${from}–${to}`, 'ics'),
    text: render(events, 'Sammanträden och sista dagar för handlingar'),
  };
}
