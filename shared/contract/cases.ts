// Runs in: everywhere. Contract of the decision track (beslutsgång): cases (ärenden) and their
// stages, the meeting calendar (sammanträden) and the remiss round.
import { z } from 'zod';
import {
  caseKindIds,
  caseStatusIds,
  changeKindIds,
  consequenceKeyIds,
  meetingBodyIds,
  remissInstanceKindIds,
  stageBodyIds,
  stageOutcomeIds,
  type BackPlan,
  type CaseDetail,
  type CaseRow,
  type Meeting,
  type MeetingImportResult,
  type RemissInstance,
  type RemissReminder,
  type ConsequenceKey,
} from '../domain/cases';
import { byId, id, isoDate, paging } from './common';
import { read, write, type Page } from './define';

const line = z.string().trim().max(300);
const prose = z.string().max(20_000);
const dnr = z.string().trim().max(60);

const consequence = z.object({
  text: prose.default(''),
  notAffected: z.boolean().default(false),
});
const consequences = z.object(
  Object.fromEntries(consequenceKeyIds.map((key) => [key, consequence.optional()])) as Record<
    ConsequenceKey,
    z.ZodOptional<typeof consequence>
  >,
);

/** Every editable field of a case, none with a default: updates send only what changed. */
const caseFields = {
  kind: z.enum(caseKindIds, 'Välj typ av ärende'),
  dnr,
  title: line.min(1, 'Ge ärendet en rubrik'),
  programmeId: id.nullable(),
  status: z.enum(caseStatusIds),
  targetKfMeetingId: id.nullable(),
  remissWeeks: z.number().int().min(0, 'Minst 0 veckor').max(26, 'Högst 26 veckor'),
  summary: prose,
  background: prose,
  assessment: prose,
  consequences,
  proposalExtra: prose,
  remissOverview: prose,
  sendTo: prose,
  signerName: line,
  signerTitle: line,
};

export const caseCreateInput = z.object({
  kind: caseFields.kind.default('adoption'),
  dnr: dnr.default(''),
  title: caseFields.title,
  programmeId: id.nullable().default(null),
  targetKfMeetingId: id.nullable().default(null),
  remissWeeks: caseFields.remissWeeks.default(6),
  summary: prose.default(''),
  background: prose.default(''),
  assessment: prose.default(''),
  sendTo: prose.default(''),
  signerName: line.default(''),
  signerTitle: line.default(''),
});
export type CaseCreateInput = z.input<typeof caseCreateInput>;

export const caseUpdateInput = z.object(caseFields).partial().extend({ id });
export type CaseUpdateInput = z.input<typeof caseUpdateInput>;

const optionalDate = isoDate.nullable().default(null);

export const stageSaveInput = z.object({
  /** Left out: a new stage row. */
  id: id.optional(),
  caseId: id,
  body: z.enum(stageBodyIds, 'Välj instans'),
  meetingId: id.nullable().default(null),
  meetingDate: optionalDate,
  submittedDate: optionalDate,
  paragraph: z.string().trim().max(40).default(''),
  decisionText: prose.default(''),
  outcome: z.enum(stageOutcomeIds).nullable().default(null),
  outcomeReason: prose.default(''),
  protocolRef: line.default(''),
});
export type StageSaveInput = z.input<typeof stageSaveInput>;

const meetingFields = {
  body: z.enum(meetingBodyIds, 'Välj organ'),
  date: isoDate,
  /** Left out: the body's usual deadline (KSAU 10, KS 10, KF 15 working days). */
  deadlineWorkingDays: z.number().int().min(0, 'Minst 0 dagar').max(60, 'Högst 60 dagar'),
  note: line,
};
export const meetingCreateInput = z.object({
  body: meetingFields.body,
  date: meetingFields.date,
  deadlineWorkingDays: meetingFields.deadlineWorkingDays.optional(),
  note: line.default(''),
});
export type MeetingCreateInput = z.input<typeof meetingCreateInput>;
export const meetingUpdateInput = z.object(meetingFields).partial().extend({ id });

const fileContent = z.object({
  fileName: z.string().trim().min(1).max(300),
  /** The file's bytes as base64 (a CSV may be UTF-8 or Windows-1252). */
  contentBase64: z
    .string()
    .min(1, 'Filen är tom')
    .max(5_000_000, 'Filen är för stor')
    .regex(/^[A-Za-z0-9+/=\r\n]+$/, 'Filen kunde inte läsas'),
});

const remissFields = {
  stakeholderId: id.nullable(),
  name: line.min(1, 'Ange remissinstansens namn'),
  kind: z.enum(remissInstanceKindIds, 'Välj typ av remissinstans'),
  sentDate: isoDate.nullable(),
  deadline: isoDate.nullable(),
  replyReceivedDate: isoDate.nullable(),
  replySummary: prose,
};
export const remissCreateInput = z.object({
  caseId: id,
  stakeholderId: id.nullable().default(null),
  name: remissFields.name,
  kind: remissFields.kind.default('organisation'),
  sentDate: optionalDate,
  deadline: optionalDate,
  replyReceivedDate: optionalDate,
  replySummary: prose.default(''),
});
export type RemissCreateInput = z.input<typeof remissCreateInput>;
export const remissUpdateInput = z.object(remissFields).partial().extend({ id });

export const remissCommentInput = z.object({
  /** Left out: a new comment. */
  id: id.optional(),
  instanceId: id,
  section: line.default(''),
  comment: prose.min(1, 'Skriv synpunkten').refine((s) => s.trim() !== '', 'Skriv synpunkten'),
  position: prose.default(''),
  changeKind: z.enum(changeKindIds).nullable().default(null),
  changeText: prose.default(''),
});
export type RemissCommentInput = z.input<typeof remissCommentInput>;

/** Pins "today" for planning and reminders (tests); left out: the computer's date. */
const today = isoDate.optional();

export const casesContract = {
  'cases:list': read<Page<CaseRow>>()(
    z.object({
      status: z.enum(caseStatusIds).optional(),
      programmeId: id.optional(),
      ...paging,
    }),
  ),
  'cases:get': read<CaseDetail>()(byId),
  'cases:create': write<CaseDetail>()(caseCreateInput),
  'cases:update': write<CaseDetail>()(caseUpdateInput),
  'cases:delete': write<{ id: string }>()(byId),
  'cases:restore': write<CaseDetail>()(byId),
  /** Planning backwards from a KF meeting: KS, KSAU, the remiss period and every last day. */
  'cases:plan': read<BackPlan>()(
    z.object({
      kfMeetingId: id,
      remissWeeks: z.number().int().min(0).max(26).default(6),
      /** The case being planned: stages already behind it raise no warnings. */
      caseId: id.optional(),
      today,
    }),
  ),
  /** Creates or updates a stage and moves the case on (återremiss → back to preparation). */
  'cases:stageSave': write<CaseDetail>()(stageSaveInput),
  'cases:stageDelete': write<CaseDetail>()(byId),
  'cases:stageRestore': write<CaseDetail>()(byId),

  'meetings:list': read<Page<Meeting>>()(
    z.object({
      body: z.enum(meetingBodyIds).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      ...paging,
    }),
  ),
  'meetings:create': write<Meeting>()(meetingCreateInput),
  'meetings:update': write<Meeting>()(meetingUpdateInput),
  'meetings:delete': write<{ id: string }>()(byId),
  'meetings:restore': write<Meeting>()(byId),
  /** A CSV (datum;organ) or an .ics calendar; meetings already in the calendar are skipped. */
  'meetings:import': write<MeetingImportResult>()(fileContent),
  /** The meetings and their document deadlines (and a case's plan) as an .ics text for Outlook. */
  'meetings:ics': read<{ fileName: string; text: string }>()(
    z.object({
      from: isoDate.optional(),
      to: isoDate.optional(),
      caseId: id.optional(),
    }),
  ),

  'remiss:list': read<RemissInstance[]>()(z.object({ caseId: id })),
  'remiss:create': write<RemissInstance>()(remissCreateInput),
  'remiss:update': write<RemissInstance>()(remissUpdateInput),
  'remiss:delete': write<{ id: string }>()(byId),
  'remiss:restore': write<RemissInstance>()(byId),
  'remiss:commentSave': write<RemissInstance>()(remissCommentInput),
  'remiss:commentDelete': write<RemissInstance>()(byId),
  /** Instances without a reply whose deadline has passed or is within `withinDays`. */
  'remiss:reminders': read<RemissReminder[]>()(
    z.object({
      caseId: id.optional(),
      withinDays: z.number().int().min(0).max(90).default(7),
      today,
    }),
  ),
};
