// Runs in: everywhere. Contract of the action plan (handlingsplan) and its workshop view (I14).
import { z } from 'zod';
import {
  actionKindIds,
  actionOriginKindIds,
  actionStatusIds,
  contributorRoleIds,
  responsibleOrgKindIds,
  type Action,
  type ActionGroup,
  type ActionLink,
  type ActionOptions,
  type ActionPrefill,
  type ActionRow,
  type ActionSummary,
} from '../domain/actions';
import { byId, id, isoDate, paging } from './common';
import { read, write, type Page } from './define';

const note = z.string().trim().max(4000).default('');
const optionalId = z.string().max(64).nullable().default(null);
const optionalDate = isoDate.nullable().default(null);
const mark = z.number().int().min(1).max(3).nullable().default(null);
const hours = z.number().finite().min(0, 'Ange 0 eller mer').max(100_000).nullable().default(null);
const kronor = z
  .number()
  .int('Ange hela kronor')
  .min(0, 'Ange 0 eller mer')
  .max(1_000_000_000)
  .nullable()
  .default(null);

export const actionPersonInput = z.object({
  stakeholderId: optionalId,
  name: z.string().trim().min(1, 'Skriv ett namn').max(300),
});

export const actionContributorInput = actionPersonInput.extend({
  role: z.enum(contributorRoleIds).default('other'),
});

export const actionOriginInput = z.object({
  kind: z.enum(actionOriginKindIds),
  refId: optionalId,
  note: note,
});

/** Every editable field; status rules (F25, I35) are checked by the core with field messages. */
const actionFields = {
  focusAreaId: optionalId,
  what: z.string().trim().min(1, 'Skriv vad som ska göras').max(500),
  why: note,
  how: note,
  responsibleStakeholderId: optionalId,
  responsibleName: z.string().trim().max(300).default(''),
  responsibleOrgKind: z.enum(responsibleOrgKindIds).default('municipality'),
  startDate: optionalDate,
  dueDate: optionalDate,
  status: z.enum(actionStatusIds).default('planned'),
  droppedReason: note,
  kind: z.enum(actionKindIds).default('project'),
  annualMonth: z.number().int().min(1).max(12).nullable().default(null),
  experiment: z.boolean().default(false),
  learningNote: note,
  realism: mark,
  ambition: mark,
  hoursPlanned: hours,
  hoursSpent: hours,
  costPlanned: kronor,
  costSpent: kronor,
  goalIds: z.array(id).max(50).default([]),
  partners: z.array(actionPersonInput).max(50).default([]),
  contributors: z.array(actionContributorInput).max(200).default([]),
};

export const actionInput = z.object({
  programmeId: id,
  ...actionFields,
  /** Where the action came from; a visit obstacle keeps the link both ways. */
  origins: z.array(actionOriginInput).max(20).default([]),
});
export type ActionInput = z.input<typeof actionInput>;

/** Origins are kept as they were created; everything else is replaced. */
export const actionUpdateInput = z.object({ id, ...actionFields });
export type ActionUpdateInput = z.input<typeof actionUpdateInput>;

/** The workshop's inline edit: only what is sent changes; contributors are added, never removed. */
export const actionPatchInput = z.object({
  id,
  what: actionFields.what.optional(),
  responsibleStakeholderId: z.string().max(64).nullable().optional(),
  responsibleName: z.string().trim().max(300).optional(),
  startDate: isoDate.nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  focusAreaId: z.string().max(64).nullable().optional(),
  addContributors: z.array(actionContributorInput).max(200).default([]),
});
export type ActionPatchInput = z.input<typeof actionPatchInput>;

export const actionFilter = {
  programmeId: id,
  /** undefined = every area; null = actions without a focus area. */
  focusAreaId: z.string().max(64).nullable().optional(),
  status: z.enum(actionStatusIds).optional(),
  kind: z.enum(actionKindIds).optional(),
  /** Part of the responsible's name. */
  responsible: z.string().trim().max(200).optional(),
  responsibleOrgKind: z.enum(responsibleOrgKindIds).optional(),
  stalled: z.boolean().optional(),
  incomplete: z.boolean().optional(),
};

const byProgramme = z.object({ programmeId: id });

export const actionsContract = {
  /** One page of actions, by focus area priority, then due date. */
  'actions:list': read<Page<ActionRow>>()(z.object({ ...actionFilter, ...paging })),
  /** The focus areas the list is grouped by, with how many actions match the filters in each. */
  'actions:groups': read<ActionGroup[]>()(z.object(actionFilter).omit({ focusAreaId: true })),
  'actions:get': read<Action>()(byId),
  'actions:create': write<Action>()(actionInput),
  'actions:update': write<Action>()(actionUpdateInput),
  'actions:patch': write<Action>()(actionPatchInput),
  'actions:delete': write<{ id: string }>()(byId),
  /** Undo of a delete (the toast's Ångra). */
  'actions:restore': write<Action>()(byId),
  /** Dropping needs a reason (F25); ending an experiment needs a learning note (I35). */
  'actions:setStatus': write<Action>()(
    z.object({
      id,
      status: z.enum(actionStatusIds),
      droppedReason: z.string().trim().max(4000).optional(),
      learningNote: z.string().trim().max(4000).optional(),
    }),
  ),
  /** What a new action from a visit obstacle starts with; creating it stores the origin. */
  'actions:fromVisitObstacle': read<ActionPrefill>()(z.object({ obstacleId: id })),
  /**
   * Actions created from a record. kind 'visit' also returns the actions from the visit's
   * obstacles, so the visit detail shows every link with one call.
   */
  'actions:byOrigin': read<ActionLink[]>()(
    z.object({ kind: z.enum(actionOriginKindIds), refId: id }),
  ),
  /** Counts, stalled and incomplete actions, the responsibility split and cost sums (F19). */
  'actions:summary': read<ActionSummary>()(byProgramme),
  /** Focus areas and goals to choose from in the form and the workshop. */
  'actions:options': read<ActionOptions>()(byProgramme),
  /** I16: days without an update before an active action counts as stalled. */
  'actions:setStalledDays': write<{ days: number }>()(
    z.object({ days: z.number().int().min(7).max(730) }),
  ),
};
