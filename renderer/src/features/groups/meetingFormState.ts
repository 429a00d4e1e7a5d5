// Runs in: renderer. The meeting form's values, made from a stored meeting or empty, and turned
// into what the contract takes; field errors from the core split per list row.
import type { MeetingInput } from '../../../../shared/contract/groups';
import type { Meeting, MeetingKind, MeetingStatus } from '../../../../shared/domain/groups';
import { newItem, type ListItem } from './ItemListField';
import type { ParticipantEntry } from './ParticipantsField';

export interface MeetingFormValues {
  kind: MeetingKind;
  title: string;
  date: string;
  time: string;
  place: string;
  groupId: string;
  status: MeetingStatus;
  notes: string;
  participants: ParticipantEntry[];
  agenda: ListItem[];
  questions: ListItem[];
  outcomes: ListItem[];
}

export function emptyMeeting(today: string, groupId: string | null): MeetingFormValues {
  return {
    kind: groupId ? 'working_group' : 'kickoff',
    title: '',
    date: today,
    time: '',
    place: '',
    groupId: groupId ?? '',
    status: 'planned',
    notes: '',
    participants: [],
    agenda: [newItem()],
    questions: [],
    outcomes: [],
  };
}

export function valuesOf(m: Meeting, linkedNote: string): MeetingFormValues {
  return {
    kind: m.kind,
    title: m.title,
    date: m.date,
    time: m.time ?? '',
    place: m.place,
    groupId: m.groupId ?? '',
    status: m.status,
    notes: m.notes,
    participants: m.participants.map(({ stakeholderId, name, attended }) => ({
      stakeholderId,
      name,
      attended,
    })),
    agenda: m.agenda.map((a) => ({ key: a.id, text: a.text })),
    questions: m.questions.map((q) => ({ key: q.id, text: q.text })),
    outcomes: m.outcomes.map((o) => ({
      key: o.id,
      id: o.id,
      text: o.text,
      note: o.insight ? linkedNote : undefined,
    })),
  };
}

/** Empty rows are left out: an empty line is not an agenda point. */
export function toInput(v: MeetingFormValues): Omit<MeetingInput, 'programmeId'> {
  const texts = (items: ListItem[]) => items.map((i) => i.text).filter((s) => s.trim() !== '');
  return {
    kind: v.kind,
    title: v.title,
    date: v.date,
    time: v.time.trim() === '' ? null : v.time.trim(),
    place: v.place,
    groupId: v.groupId || null,
    status: v.status,
    notes: v.notes,
    participants: v.participants,
    agenda: texts(v.agenda),
    questions: texts(v.questions),
    outcomes: v.outcomes
      .filter((o) => o.text.trim() !== '')
      .map((o) => (o.id ? { id: o.id, text: o.text } : { text: o.text })),
  };
}

/** 'agenda.2' → { 2: message } for the list named `prefix`. */
export function rowErrors(fields: Record<string, string>, prefix: string): Record<number, string> {
  const rows: Record<number, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = new RegExp(`^${prefix}\\.(\\d+)`).exec(path);
    if (match) rows[Number(match[1])] = message;
  }
  return rows;
}
