// Runs in: everywhere. Contract of groups, the programme's meetings and the timeline (tidplan).
// The 'meetings:' prefix belongs to the committee calendar (KSAU/KS/KF), so these are
// 'groups:', 'processMeetings:' and 'timeline:'.
import { z } from 'zod';
import {
  groupKindIds,
  meetingKindIds,
  meetingStatusIds,
  memberRoleIds,
  type Group,
  type GroupRow,
  type Meeting,
  type MeetingRow,
  type Timeline,
} from '../domain/groups';
import { insightTypeIds } from '../domain/insights';
import { byId, id, isoDate } from './common';
import { read, write } from './define';

const note = z.string().trim().max(4000).default('');
const byProgramme = z.object({ programmeId: id });

export const groupMemberInput = z.object({
  stakeholderId: z.string().min(1, 'Välj en person ur aktörsregistret').max(64),
  role: z.enum(memberRoleIds).default('member'),
});

const groupFields = {
  kind: z.enum(groupKindIds),
  name: z.string().trim().min(1, 'Skriv gruppens namn').max(200, 'Högst 200 tecken'),
  purpose: note,
  notes: z.string().trim().max(20_000).default(''),
  members: z.array(groupMemberInput).max(100, 'Högst 100 medlemmar').default([]),
};

export const groupInput = z.object({ programmeId: id, ...groupFields });
export type GroupInput = z.input<typeof groupInput>;
export const groupUpdateInput = z.object({ id, ...groupFields });
export type GroupUpdateInput = z.input<typeof groupUpdateInput>;

export const participantInput = z.object({
  stakeholderId: z.string().max(64).nullable().default(null),
  name: z.string().trim().min(1, 'Skriv deltagarens namn').max(300),
  attended: z.boolean().default(true),
});

const itemText = (message: string) =>
  z.string().trim().min(1, message).max(1000, 'Högst 1000 tecken');

/** An outcome keeps its id when edited, so the insight made from it stays linked. */
export const outcomeInput = z.object({
  id: z.string().max(64).optional(),
  text: itemText('Skriv resultatet eller ta bort raden'),
});

const meetingFields = {
  kind: z.enum(meetingKindIds),
  title: z.string().trim().min(1, 'Skriv en rubrik för mötet').max(300, 'Högst 300 tecken'),
  date: isoDate,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Ange tid som TT:MM, till exempel 09:30')
    .nullable()
    .default(null),
  place: z.string().trim().max(300).default(''),
  groupId: z.string().max(64).nullable().default(null),
  status: z.enum(meetingStatusIds).default('planned'),
  notes: z.string().trim().max(20_000).default(''),
  participants: z.array(participantInput).max(500, 'Högst 500 deltagare').default([]),
  agenda: z.array(itemText('Skriv punkten eller ta bort raden')).max(100).default([]),
  questions: z.array(itemText('Skriv frågan eller ta bort raden')).max(100).default([]),
  outcomes: z.array(outcomeInput).max(100).default([]),
};

export const meetingInput = z.object({ programmeId: id, ...meetingFields });
export type MeetingInput = z.input<typeof meetingInput>;
export const meetingUpdateInput = z.object({ id, ...meetingFields });
export type MeetingUpdateInput = z.input<typeof meetingUpdateInput>;

export const groupsContract = {
  /** The programme's groups: working group first, then reference, steering and other groups. */
  'groups:list': read<GroupRow[]>()(byProgramme),
  'groups:get': read<Group>()(byId),
  'groups:create': write<Group>()(groupInput),
  'groups:update': write<Group>()(groupUpdateInput),
  'groups:delete': write<{ id: string }>()(byId),
  'groups:restore': write<Group>()(byId),
  /** Upcoming planned meetings first (soonest first), then the rest (latest first). */
  'processMeetings:list': read<MeetingRow[]>()(
    z.object({
      programmeId: id,
      kind: z.enum(meetingKindIds).optional(),
      groupId: z.string().max(64).optional(),
      status: z.enum(meetingStatusIds).optional(),
    }),
  ),
  'processMeetings:get': read<Meeting>()(byId),
  'processMeetings:create': write<Meeting>()(meetingInput),
  'processMeetings:update': write<Meeting>()(meetingUpdateInput),
  'processMeetings:delete': write<{ id: string }>()(byId),
  'processMeetings:restore': write<Meeting>()(byId),
  /** An outcome becomes an insight of the chosen type with the meeting as its source. */
  'processMeetings:outcomeToInsight': write<Meeting>()(
    z.object({
      outcomeId: id,
      type: z.enum(insightTypeIds),
      text: z.string().trim().max(2000).optional(),
    }),
  ),
  /** Step due dates, meetings and the cases' stage dates, by month. */
  'timeline:get': read<Timeline>()(byProgramme),
};
