// Runs in: everywhere. Contract of follow-up (uppföljning): cadence and periods (I38), records with
// judgements, check-ins and lessons (F04, F06, F07, F20, F21, F25), and the red thread (F03).
import { z } from 'zod';
import {
  cadenceIds,
  checkinAnswerIds,
  checkinQuestionIds,
  type FollowUp,
  type FollowUpOverview,
  type FollowUpSettings,
  type Lesson,
  type LessonRow,
  type PeriodWithState,
} from '../domain/followUp';
import type { RedThread, RedThreadBreak } from '../domain/redThread';
import { byId, id, isoDate } from './common';
import { read, write } from './define';

const note = z.string().trim().max(4000).default('');
const byProgramme = z.object({ programmeId: id });

export const followUpSettingsInput = z.object({
  programmeId: id,
  cadence: z.enum(cadenceIds),
  startDate: isoDate,
});

export const participantInput = z.object({
  stakeholderId: z.string().max(64).nullable().default(null),
  name: z.string().trim().min(1, 'Skriv ett namn').max(300),
});

export const followUpUpdateInput = z.object({
  id,
  heldOn: isoDate.nullable().default(null),
  meetingRef: z.string().trim().max(300).default(''),
  summary: z.string().trim().max(20_000).default(''),
  droppedNotes: note,
  participants: z.array(participantInput).max(100).default([]),
  goalComments: z
    .array(z.object({ goalId: id, comment: note }))
    .max(500)
    .default([]),
  actionComments: z
    .array(z.object({ actionId: id, comment: note }))
    .max(1000)
    .default([]),
  checkins: z
    .array(
      z.object({
        questionId: z.enum(checkinQuestionIds),
        answer: z.enum(checkinAnswerIds).nullable().default(null),
        comment: note,
      }),
    )
    .max(20)
    .default([]),
});
export type FollowUpUpdateInput = z.input<typeof followUpUpdateInput>;

const lessonFields = {
  text: z.string().trim().min(1, 'Skriv vad ni lärde er').max(4000),
  goalId: z.string().max(64).nullable().default(null),
  actionId: z.string().max(64).nullable().default(null),
};

export const lessonInput = z.object({
  followUpId: id,
  ...lessonFields,
  /**
   * What the lesson leads to (F07): nothing more, a new action (newActionWhat is its "what"), or
   * a change of the linked action.
   */
  outcome: z.enum(['none', 'new_action', 'changed_action']).default('none'),
  newActionWhat: z.string().trim().max(500).default(''),
});
export type LessonInput = z.input<typeof lessonInput>;

export const lessonFilter = z.object({
  programmeId: id,
  goalId: z.string().max(64).optional(),
  actionId: z.string().max(64).optional(),
  focusAreaId: z.string().max(64).optional(),
});

export const followUpContract = {
  /** The cadence (quarterly from the programme's start when nothing is set). */
  'followUp:settings': read<FollowUpSettings>()(byProgramme),
  'followUp:setSettings': write<FollowUpSettings>()(followUpSettingsInput),
  /** Settings, every period until today with its state, the next follow-up and the records. */
  'followUp:overview': read<FollowUpOverview>()(byProgramme),
  /** Periods that wait for a follow-up (due or overdue), oldest first: for the overview. */
  'followUp:due': read<PeriodWithState[]>()(byProgramme),
  /** Starts the record of a period with a snapshot of every goal and action. */
  'followUp:create': write<FollowUp>()(
    z.object({ programmeId: id, periodKey: z.string().min(1).max(20) }),
  ),
  'followUp:get': read<FollowUp>()(byId),
  /** Saves a draft; a closed record must be reopened first. */
  'followUp:update': write<FollowUp>()(followUpUpdateInput),
  /** Takes a new snapshot of the statuses in a draft, keeping the comments. */
  'followUp:refresh': write<FollowUp>()(byId),
  'followUp:close': write<FollowUp>()(byId),
  'followUp:reopen': write<FollowUp>()(
    z.object({
      id,
      reason: z.string().trim().min(1, 'Skriv varför uppföljningen öppnas igen').max(2000),
    }),
  ),
  'followUp:delete': write<{ id: string }>()(byId),
  'followUp:restore': write<FollowUp>()(byId),
  'followUp:addLesson': write<Lesson>()(lessonInput),
  'followUp:updateLesson': write<Lesson>()(z.object({ id, ...lessonFields })),
  'followUp:deleteLesson': write<{ id: string }>()(byId),
  /** Lessons across every follow-up of the programme, newest first (F06). */
  'followUp:lessons': read<LessonRow[]>()(lessonFilter),
  /** The chain vision → focus area → goal → action → measurement, and its breaks (F03). */
  'redThread:get': read<RedThread>()(byProgramme),
  'redThread:breaks': read<RedThreadBreak[]>()(byProgramme),
};
