// Runs in: main process / Node. Goals (mål) over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { measure, override, programmeWarnings, revise, setGoalLimit } from './followUp';
import { createGoal, deleteGoal, restoreGoal, updateGoal } from './service';
import { goalsByFocusArea, goalView } from './view';

export const goalsHandlers = {
  'goals:list': (ctx, input) => goalsByFocusArea(requireDb(ctx), input.programmeId),
  'goals:get': (ctx, input) => goalView(requireDb(ctx), input.id),
  'goals:create': (ctx, { programmeId, ...data }) => createGoal(requireDb(ctx), programmeId, data),
  'goals:update': (ctx, { id, revisionReason, ...data }) =>
    updateGoal(requireDb(ctx), id, data, revisionReason),
  'goals:delete': (ctx, input) => deleteGoal(requireDb(ctx), input.id),
  'goals:restore': (ctx, input) => restoreGoal(requireDb(ctx), input.id),
  'goals:measure': (ctx, input) => measure(requireDb(ctx), input),
  'goals:revise': (ctx, input) => revise(requireDb(ctx), input),
  'goals:override': (ctx, input) => override(requireDb(ctx), input),
  'goals:warnings': (ctx, input) => programmeWarnings(requireDb(ctx), input.programmeId),
  'goals:setLimit': (ctx, input) => setGoalLimit(requireDb(ctx), input.limit),
} satisfies Pick<
  Handlers,
  | 'goals:list'
  | 'goals:get'
  | 'goals:create'
  | 'goals:update'
  | 'goals:delete'
  | 'goals:restore'
  | 'goals:measure'
  | 'goals:revise'
  | 'goals:override'
  | 'goals:warnings'
  | 'goals:setLimit'
>;
