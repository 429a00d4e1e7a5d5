// Runs in: main process / Node. The meeting calendar: add, edit, delete, import from a file.
import type { Database } from 'better-sqlite3';
import type { HandlerInput } from '../../../shared/contract';
import {
  defaultDeadlineWorkingDays,
  meetingBodies,
  type Meeting,
  type MeetingBody,
  type MeetingImportResult,
} from '../../../shared/domain/cases';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { decodeText } from '../import/decode';
import { looksLikeIcs, parseMeetingCsv, parseMeetingIcs } from './meetingFiles';
import {
  insertMeeting,
  meetingExists,
  selectMeeting,
  setMeetingDeleted,
  updateMeetingRow,
  type MeetingData,
} from './meetingQueries';

const meetingNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Sammanträdet finns inte längre i kalendern.',
    en: 'The meeting is no longer in the calendar.',
  });

const bodyName = (body: MeetingBody) => meetingBodies.find((b) => b.id === body)!.long;

function duplicate(body: MeetingBody, date: string): AppFailure {
  const message = `${bodyName(body)} har redan ett sammanträde ${date}.`;
  return new AppFailure(
    'CONFLICT',
    { sv: message, en: `${body} already meets on ${date}.` },
    {
      date: message,
    },
  );
}

export function createMeeting(db: Database, input: HandlerInput<'meetings:create'>): Meeting {
  const id = newId();
  db.transaction(() => {
    if (meetingExists(db, input.body, input.date)) throw duplicate(input.body, input.date);
    insertMeeting(
      db,
      id,
      {
        body: input.body,
        date: input.date,
        deadlineWorkingDays: input.deadlineWorkingDays ?? defaultDeadlineWorkingDays[input.body],
        note: input.note,
      },
      nowIso(),
    );
  })();
  return selectMeeting(db, id)!;
}

export function updateMeeting(db: Database, input: HandlerInput<'meetings:update'>): Meeting {
  db.transaction(() => {
    const current = selectMeeting(db, input.id);
    if (!current) throw meetingNotFound();
    const data: MeetingData = {
      body: input.body ?? current.body,
      date: input.date ?? current.date,
      deadlineWorkingDays: input.deadlineWorkingDays ?? current.deadlineWorkingDays,
      note: input.note ?? current.note,
    };
    const moved = data.body !== current.body || data.date !== current.date;
    if (moved && meetingExists(db, data.body, data.date)) throw duplicate(data.body, data.date);
    if (!updateMeetingRow(db, input.id, data, nowIso())) throw meetingNotFound();
  })();
  return selectMeeting(db, input.id)!;
}

export function deleteMeeting(db: Database, id: string): { id: string } {
  const now = nowIso();
  if (!setMeetingDeleted(db, id, now, now)) throw meetingNotFound();
  return { id };
}

export function restoreMeeting(db: Database, id: string): Meeting {
  db.transaction(() => {
    const meeting = selectMeeting(db, id, true);
    if (!meeting) throw meetingNotFound();
    if (meetingExists(db, meeting.body, meeting.date)) throw duplicate(meeting.body, meeting.date);
    if (!setMeetingDeleted(db, id, null, nowIso())) throw meetingNotFound();
  })();
  return selectMeeting(db, id)!;
}

/** Imports a CSV or .ics; meetings already in the calendar (same body and day) are skipped. */
export function importMeetings(
  db: Database,
  input: HandlerInput<'meetings:import'>,
): MeetingImportResult {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0)
    throw new AppFailure('VALIDATION', undefined, { contentBase64: 'Filen är tom.' });
  const { text } = decodeText(bytes);
  const parsed = looksLikeIcs(input.fileName, text) ? parseMeetingIcs(text) : parseMeetingCsv(text);
  if (parsed.meetings.length === 0 && parsed.problems.length === 0) {
    throw new AppFailure('IMPORT', {
      sv: 'Filen innehöll inga sammanträden.',
      en: 'The file held no meetings.',
    });
  }
  let added = 0;
  let skipped = 0;
  const now = nowIso();
  db.transaction(() => {
    for (const m of parsed.meetings) {
      if (meetingExists(db, m.body, m.date)) {
        skipped += 1;
        continue;
      }
      insertMeeting(
        db,
        newId(),
        {
          body: m.body,
          date: m.date,
          deadlineWorkingDays: defaultDeadlineWorkingDays[m.body],
          note: m.note,
        },
        now,
      );
      added += 1;
    }
  })();
  return { added, skipped, problems: parsed.problems };
}
