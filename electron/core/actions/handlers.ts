// Runs in: main process / Node. The action plan (handlingsplan) over the contract.
import type { Database } from 'better-sqlite3';
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { groupActions, listActions } from './list';
import { actionsByOrigin, prefillFromObstacle } from './origins';
import {
  createAction,
  deleteAction,
  getAction,
  patchAction,
  restoreAction,
  setActionStatus,
  updateAction,
  type Clock,
} from './service';
import { setStalledDays, stalledDays } from './settings';
import { actionOptions, actionSummary } from './summary';
import { localToday } from './today';

const clockOf = (db: Database): Clock => ({ today: localToday(), stalledDays: stalledDays(db) });

export const actionsHandlers = {
  'actions:list': (ctx, input) => {
    const db = requireDb(ctx);
    const { today, stalledDays: days } = clockOf(db);
    return listActions(db, input, today, days);
  },
  'actions:groups': (ctx, input) => {
    const db = requireDb(ctx);
    const { today, stalledDays: days } = clockOf(db);
    return groupActions(db, input, today, days);
  },
  'actions:get': (ctx, input) => {
    const db = requireDb(ctx);
    return getAction(db, input.id, clockOf(db));
  },
  'actions:create': (ctx, input) => {
    const db = requireDb(ctx);
    return createAction(db, input, clockOf(db));
  },
  'actions:update': (ctx, input) => {
    const db = requireDb(ctx);
    return updateAction(db, input, clockOf(db));
  },
  'actions:patch': (ctx, input) => {
    const db = requireDb(ctx);
    return patchAction(db, input, clockOf(db));
  },
  'actions:delete': (ctx, input) => deleteAction(requireDb(ctx), input.id),
  'actions:restore': (ctx, input) => {
    const db = requireDb(ctx);
    return restoreAction(db, input.id, clockOf(db));
  },
  'actions:setStatus': (ctx, input) => {
    const db = requireDb(ctx);
    return setActionStatus(db, input, clockOf(db));
  },
  'actions:fromVisitObstacle': (ctx, input) =>
    prefillFromObstacle(requireDb(ctx), input.obstacleId),
  'actions:byOrigin': (ctx, input) => actionsByOrigin(requireDb(ctx), input.kind, input.refId),
  'actions:summary': (ctx, input) => {
    const db = requireDb(ctx);
    const { today, stalledDays: days } = clockOf(db);
    return actionSummary(db, input.programmeId, today, days);
  },
  'actions:options': (ctx, input) => {
    const db = requireDb(ctx);
    return actionOptions(db, input.programmeId, stalledDays(db));
  },
  'actions:setStalledDays': (ctx, input) => setStalledDays(requireDb(ctx), input.days),
} satisfies Pick<
  Handlers,
  | 'actions:list'
  | 'actions:groups'
  | 'actions:get'
  | 'actions:create'
  | 'actions:update'
  | 'actions:patch'
  | 'actions:delete'
  | 'actions:restore'
  | 'actions:setStatus'
  | 'actions:fromVisitObstacle'
  | 'actions:byOrigin'
  | 'actions:summary'
  | 'actions:options'
  | 'actions:setStalledDays'
>;
