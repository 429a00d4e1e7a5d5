// Runs in: everywhere. Contract of goals (mål) with indicator, measurements, target revisions and
// status (P03, I06, I08, F05, F08–F18).
import { z } from 'zod';
import {
  directions,
  goalLevelKinds,
  goalTypes,
  horizons,
  indicatorSources,
  measureLevels,
  type Goal,
  type GoalsByFocusArea,
  type GoalWarnings,
} from '../domain/goals';
import { byId, id, isoDate } from './common';
import { read, write } from './define';
import { agenda2030Input } from './focusAreas';

const ids = <T extends readonly { id: string }[]>(list: T) =>
  list.map((entry) => entry.id) as unknown as [T[number]['id'], ...T[number]['id'][]];

const optionalNumber = z.number().finite().nullable().default(null);
const optionalDate = isoDate.nullable().default(null);
const optionalId = z.string().max(64).nullable().default(null);

export const goalInput = z.object({
  programmeId: id,
  focusAreaId: optionalId,
  parentGoalId: optionalId,
  levelKind: z.enum(ids(goalLevelKinds)).default('programme'),
  text: z.string().trim().min(1, 'Skriv målet').max(2000),
  why: z.string().trim().max(4000).default(''),
  type: z.enum(ids(goalTypes)).default('result'),
  measureLevel: z.enum(ids(measureLevels)).default('strategic'),
  horizon: z.enum(ids(horizons)).default('long'),
  influenceable: z.boolean().default(true),
  quality: z
    .object({
      clear: z.boolean().default(false),
      measurable: z.boolean().default(false),
      sustainable: z.boolean().default(false),
      anchored: z.boolean().default(false),
    })
    .default({ clear: false, measurable: false, sustainable: false, anchored: false }),
  agenda2030: agenda2030Input,
  indicatorName: z.string().trim().max(300).default(''),
  indicatorUnit: z.string().trim().max(100).default(''),
  direction: z.enum(ids(directions)).default('higher'),
  indicatorSource: z.enum(ids(indicatorSources)).default('other'),
  indicatorSourceNote: z.string().trim().max(1000).default(''),
  baselineValue: optionalNumber,
  baselineDate: optionalDate,
  targetValue: optionalNumber,
  targetDate: optionalDate,
  achievedAt: optionalDate,
});
export type GoalInput = z.input<typeof goalInput>;

export const goalUpdateInput = goalInput.omit({ programmeId: true }).extend({
  id,
  /** Required when a target that was set changes (F08); it becomes the revision's reason. */
  revisionReason: z.string().trim().max(2000).default(''),
});
export type GoalUpdateInput = z.input<typeof goalUpdateInput>;

const measurementFields = {
  date: isoDate,
  value: z.number({ error: 'Ange ett tal' }).finite(),
  comment: z.string().trim().max(2000).default(''),
  source: z.string().trim().max(300).default(''),
};

export const measureInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add'), goalId: id, ...measurementFields }),
  z.object({ action: z.literal('edit'), id, ...measurementFields }),
  z.object({ action: z.literal('delete'), id }),
  /** Undo of a delete. */
  z.object({ action: z.literal('restore'), id }),
]);
export type MeasureInput = z.input<typeof measureInput>;

export const reviseInput = z.object({
  id,
  targetValue: optionalNumber,
  targetDate: optionalDate,
  reason: z.string().trim().min(1, 'Skriv varför målet ändras').max(2000),
});

export const overrideInput = z
  .object({
    id,
    /** null takes the override away and lets the rule decide again. */
    status: z.enum(['green', 'yellow', 'red']).nullable(),
    comment: z.string().trim().max(2000).default(''),
  })
  .refine((v) => v.status === null || v.comment.length > 0, {
    message: 'Skriv en kommentar om varför statusen sätts för hand',
    path: ['comment'],
  });

const byProgramme = z.object({ programmeId: id });

export const goalsContract = {
  /** Every goal of the programme, grouped by focus area in priority order, status computed. */
  'goals:list': read<GoalsByFocusArea>()(byProgramme),
  /** One goal with its measurements, revisions, linked goals and computed status. */
  'goals:get': read<Goal>()(byId),
  'goals:create': write<Goal>()(goalInput),
  'goals:update': write<Goal>()(goalUpdateInput),
  'goals:delete': write<{ id: string }>()(byId),
  /** Undo of a delete (the toast's Ångra). */
  'goals:restore': write<Goal>()(byId),
  /** Add, edit, delete or restore one measurement; returns the goal after it. */
  'goals:measure': write<Goal>()(measureInput),
  /** Changes the target with a reason, keeping the old one in the history (F08). */
  'goals:revise': write<Goal>()(reviseInput),
  /** Sets the status by hand (with a required comment) or hands it back to the rule. */
  'goals:override': write<Goal>()(overrideInput),
  'goals:warnings': read<GoalWarnings>()(byProgramme),
  /** F09: the most goals per focus area before a warning. */
  'goals:setLimit': write<{ limit: number }>()(
    z.object({ limit: z.number().int().min(1).max(20) }),
  ),
};
