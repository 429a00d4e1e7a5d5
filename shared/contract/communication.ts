// Runs in: everywhere. Contract of communication: the plan (kommunikationsplan), the log of what was
// told, politician briefings (politikerdragningar) with reminders, and items made from results.
import { z } from 'zod';
import {
  audienceIds,
  channelIds,
  planStatusIds,
  sourceKindIds,
  type BodyBriefingStatus,
  type Briefing,
  type ChannelSpread,
  type CommunicationOptions,
  type CommunicationPrefill,
  type LogEntry,
  type PlanItem,
  type SourceLinks,
  type UntoldResult,
} from '../domain/communication';
import { byId, id, isoDate } from './common';
import { read, write } from './define';

const note = z.string().trim().max(4000).default('');
const optionalId = z.string().max(64).nullable().default(null);
const audienceList = z
  .array(z.enum(audienceIds, { message: 'Välj en målgrupp ur listan' }))
  .max(audienceIds.length)
  .min(1, 'Välj minst en målgrupp')
  .transform((list) => [...new Set(list)]);
const channel = z.enum(channelIds, { message: 'Välj en kanal ur listan' });

export const sourceInput = z.object({ kind: z.enum(sourceKindIds), id });

const planFields = {
  message: z.string().trim().min(1, 'Skriv vad som ska berättas').max(2000),
  why: note,
  audiences: audienceList,
  channel,
  plannedDate: isoDate.nullable().default(null),
  period: z.string().trim().max(200).default(''),
  responsibleStakeholderId: optionalId,
  responsibleName: z.string().trim().max(300).default(''),
  status: z.enum(planStatusIds).default('planned'),
  upward: z.boolean().default(false),
  note,
};

export const planItemInput = z.object({
  programmeId: id,
  ...planFields,
  /** The finished action or green goal the item tells about (I25); kept as a link both ways. */
  source: sourceInput.nullable().default(null),
});
export type PlanItemInput = z.input<typeof planItemInput>;
export const planItemUpdateInput = z.object({ id, ...planFields });

const logFields = {
  date: isoDate,
  channel,
  audiences: audienceList,
  what: z.string().trim().min(1, 'Skriv vad som gjordes').max(2000),
  reach: z.string().trim().max(1000).default(''),
  planItemId: optionalId,
  upward: z.boolean().default(false),
};

export const logEntryInput = z.object({
  programmeId: id,
  ...logFields,
  source: sourceInput.nullable().default(null),
});
export type LogEntryInput = z.input<typeof logEntryInput>;
export const logEntryUpdateInput = z.object({ id, ...logFields });

const briefingFields = {
  date: isoDate,
  body: z.string().trim().min(1, 'Skriv vilket organ dragningen var för').max(200),
  topics: note,
  participants: z
    .array(
      z.object({
        stakeholderId: optionalId,
        name: z.string().trim().min(1, 'Skriv ett namn').max(300),
      }),
    )
    .max(100)
    .default([]),
  reactions: note,
  followUp: note,
};

export const briefingInput = z.object({ programmeId: id, ...briefingFields });
export type BriefingInput = z.input<typeof briefingInput>;
export const briefingUpdateInput = z.object({ id, ...briefingFields });

const byProgramme = z.object({ programmeId: id });

export const communicationContract = {
  'communication:options': read<CommunicationOptions>()(byProgramme),
  /** The plan, by planned date (undated last). */
  'communication:planList': read<PlanItem[]>()(byProgramme),
  'communication:planGet': read<PlanItem>()(byId),
  'communication:planCreate': write<PlanItem>()(planItemInput),
  'communication:planUpdate': write<PlanItem>()(planItemUpdateInput),
  'communication:planDelete': write<{ id: string }>()(byId),
  'communication:planRestore': write<PlanItem>()(byId),
  /** The log, newest first; a year narrows it. */
  'communication:logList': read<LogEntry[]>()(
    z.object({ programmeId: id, year: z.number().int().min(1900).max(2200).optional() }),
  ),
  'communication:logGet': read<LogEntry>()(byId),
  'communication:logCreate': write<LogEntry>()(logEntryInput),
  'communication:logUpdate': write<LogEntry>()(logEntryUpdateInput),
  'communication:logDelete': write<{ id: string }>()(byId),
  'communication:logRestore': write<LogEntry>()(byId),
  'communication:briefingList': read<Briefing[]>()(byProgramme),
  'communication:briefingGet': read<Briefing>()(byId),
  'communication:briefingCreate': write<Briefing>()(briefingInput),
  'communication:briefingUpdate': write<Briefing>()(briefingUpdateInput),
  'communication:briefingDelete': write<{ id: string }>()(byId),
  'communication:briefingRestore': write<Briefing>()(byId),
  /** I09: the last briefing per body against its interval, overdue bodies first. */
  'communication:briefingStatus': read<BodyBriefingStatus[]>()(byProgramme),
  /** The reminder interval of one body; null days goes back to the default. */
  'communication:setBriefingInterval': write<{ body: string; days: number }>()(
    z.object({
      body: z.string().trim().min(1, 'Skriv organets namn').max(200),
      days: z
        .number({ message: 'Ange antal dagar' })
        .int('Ange hela dagar')
        .min(7, 'Minst 7 dagar')
        .max(730, 'Högst 730 dagar')
        .nullable(),
    }),
  ),
  /** I25: a suggested item for a finished action or a green goal, in encouraging words. */
  'communication:prefill': read<CommunicationPrefill>()(sourceInput),
  /** The items and log entries that tell about an action or goal, for its detail screen. */
  'communication:bySource': read<SourceLinks>()(sourceInput),
  /** Finished actions and green goals that nothing has been told about yet. */
  'communication:untold': read<UntoldResult[]>()(byProgramme),
  /** I27: log entries per channel and audience in one year. */
  'communication:channelSpread': read<ChannelSpread>()(
    z.object({ programmeId: id, year: z.number().int().min(1900).max(2200) }),
  ),
};
