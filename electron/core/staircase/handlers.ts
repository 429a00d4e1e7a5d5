// Runs in: main process / Node. Samhandlingstrappan over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { localToday } from '../actions/today';
import { assess, deleteAssessment, staircaseOf } from './assessments';
import { addLevel, deleteLevel, listLevels, reorderLevels, updateLevel } from './levels';
import { listRelations } from './relations';
import { staircaseOverview } from './stats';

export const staircaseHandlers = {
  'staircase:levels': (ctx) => listLevels(requireDb(ctx)),
  'staircase:addLevel': (ctx, input) => addLevel(requireDb(ctx), input),
  'staircase:updateLevel': (ctx, input) => updateLevel(requireDb(ctx), input),
  'staircase:reorderLevels': (ctx, input) => reorderLevels(requireDb(ctx), input.ids),
  'staircase:deleteLevel': (ctx, input) => deleteLevel(requireDb(ctx), input.id),
  'staircase:forStakeholder': (ctx, input) => staircaseOf(requireDb(ctx), input.stakeholderId),
  'staircase:assess': (ctx, input) => assess(requireDb(ctx), input),
  'staircase:deleteAssessment': (ctx, input) => deleteAssessment(requireDb(ctx), input.id),
  'staircase:relations': (ctx, input) => listRelations(requireDb(ctx), input),
  'staircase:overview': (ctx, input) =>
    staircaseOverview(requireDb(ctx), input.date ?? localToday(), input.compareTo),
} satisfies Pick<
  Handlers,
  | 'staircase:levels'
  | 'staircase:addLevel'
  | 'staircase:updateLevel'
  | 'staircase:reorderLevels'
  | 'staircase:deleteLevel'
  | 'staircase:forStakeholder'
  | 'staircase:assess'
  | 'staircase:deleteAssessment'
  | 'staircase:relations'
  | 'staircase:overview'
>;
