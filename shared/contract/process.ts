// Runs in: everywhere. Contract of programmes, the process wizard (Processen), mandate and the
// anchoring log (förankringslogg).
import { z } from 'zod';
import {
  anchoringHowIds,
  programmeStatusIds,
  reactionKindIds,
  type AnchoringEntry,
  type Programme,
  type ProgrammeRow,
  type ProcessState,
  type StepStateView,
} from '../domain/process';
import { stepStatusIds } from '../process/statuses';
import { byId, id, isoDate, paging, shortText } from './common';
import { read, write, type Page } from './define';

/** A year or a date: programme periods are usually whole years, sometimes exact dates. */
const periodBound = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'Ange ett år (ÅÅÅÅ) eller ett datum (ÅÅÅÅ-MM-DD)')
  .refine((s) => {
    if (s.length === 4) return Number(s) >= 1900 && Number(s) <= 2200;
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
  }, 'Datumet finns inte');

const mediumText = z.string().trim().max(300);
const prose = z.string().max(20_000);

/** Every editable field of a programme, none with a default: updates send only what changed. */
const programmeFields = {
  name: shortText.min(1, 'Ge programmet ett namn'),
  periodStart: periodBound,
  periodEnd: periodBound,
  status: z.enum(programmeStatusIds),
  ownerBody: mediumText,
  commissionText: prose,
  commissionDecisionRef: mediumText,
  processLeaderStakeholderId: id.nullable(),
  processLeaderName: mediumText,
  mandateText: prose,
  mandateSource: mediumText,
  purposeText: prose,
  whyText: prose,
  visionText: prose,
};

export const programmeCreateInput = z.object({
  name: programmeFields.name,
  periodStart: programmeFields.periodStart,
  periodEnd: programmeFields.periodEnd,
  status: programmeFields.status.default('draft'),
  ownerBody: mediumText.default(''),
  commissionText: prose.default(''),
  commissionDecisionRef: mediumText.default(''),
  processLeaderStakeholderId: id.nullable().default(null),
  processLeaderName: mediumText.default(''),
  mandateText: prose.default(''),
  mandateSource: mediumText.default(''),
  purposeText: prose.default(''),
  whyText: prose.default(''),
  visionText: prose.default(''),
  /** Make it the programme the app works on. Left out: only when no programme is current yet. */
  makeCurrent: z.boolean().optional(),
});
export type ProgrammeCreateInput = z.input<typeof programmeCreateInput>;

export const programmeUpdateInput = z.object(programmeFields).partial().extend({ id });
export type ProgrammeUpdateInput = z.input<typeof programmeUpdateInput>;

export const stepUpdateInput = z.object({
  programmeId: id,
  stepId: z.string().min(1).max(100),
  status: z.enum(stepStatusIds).optional(),
  /** Why the step is not relevant; required when the (resulting) status is 'not_relevant'. */
  reason: z.string().trim().max(2000).optional(),
  notes: prose.optional(),
  dueDate: isoDate.nullable().optional(),
});
export type StepUpdateInput = z.input<typeof stepUpdateInput>;

const anchoringFields = {
  date: isoDate,
  stakeholderId: id.nullable().default(null),
  who: mediumText.default(''),
  body: mediumText.default(''),
  internalExternal: z.enum(['internal', 'external'], 'Välj internt eller externt'),
  how: z.enum(anchoringHowIds, 'Välj hur det gick till'),
  topic: z.string().trim().max(1000).default(''),
  reaction: z.string().trim().max(5000).default(''),
  reactionKind: z.enum(reactionKindIds).nullable().default(null),
};

export const anchoringCreateInput = z.object({ programmeId: id, ...anchoringFields });
export type AnchoringInput = z.input<typeof anchoringCreateInput>;
export const anchoringUpdateInput = z.object({ id, ...anchoringFields });

export const processContract = {
  'programmes:list': read<Page<ProgrammeRow>>()(
    z.object({ includeArchived: z.boolean().default(true), ...paging }),
  ),
  'programmes:get': read<Programme>()(byId),
  /** The programme the app works on, or null before the first one is created. */
  'programmes:current': read<{ programme: Programme | null }>()(z.object({})),
  'programmes:create': write<Programme>()(programmeCreateInput),
  'programmes:update': write<Programme>()(programmeUpdateInput),
  'programmes:setCurrent': write<Programme>()(byId),
  'programmes:delete': write<{ id: string }>()(byId),
  /** Undo of a delete (the toast's Ångra). */
  'programmes:restore': write<Programme>()(byId),

  'process:get': read<ProcessState>()(z.object({ programmeId: id })),
  'process:setStep': write<StepStateView>()(stepUpdateInput),
  'process:tick': write<StepStateView>()(
    z.object({
      programmeId: id,
      stepId: z.string().min(1).max(100),
      itemId: z.string().min(1).max(100),
      done: z.boolean(),
    }),
  ),

  'anchoring:list': read<Page<AnchoringEntry>>()(
    z.object({
      programmeId: id,
      internalExternal: z.enum(['internal', 'external']).optional(),
      ...paging,
    }),
  ),
  'anchoring:get': read<AnchoringEntry>()(byId),
  'anchoring:create': write<AnchoringEntry>()(anchoringCreateInput),
  'anchoring:update': write<AnchoringEntry>()(anchoringUpdateInput),
  'anchoring:delete': write<{ id: string }>()(byId),
  /** Undo of a delete (the toast's Ångra). */
  'anchoring:restore': write<AnchoringEntry>()(byId),
};
