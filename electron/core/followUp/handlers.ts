// Runs in: main process / Node. Follow-up (uppföljning) over the contract.
import type { Database } from 'better-sqlite3';
import { requireDb } from '../app/requireDb';
import type { Clock } from '../actions/service';
import { stalledDays } from '../actions/settings';
import { localToday } from '../actions/today';
import type { Handlers } from '../handlers';
import { overdueFollowUps } from './due';
import { addLesson, deleteLesson, listLessons, updateLesson } from './lessons';
import {
  closeFollowUp,
  createFollowUp,
  deleteFollowUp,
  followUpOverview,
  getFollowUp,
  refreshFollowUp,
  reopenFollowUp,
  restoreFollowUp,
  updateFollowUp,
} from './service';
import { followUpSettings, setFollowUpSettings } from './settings';

const clockOf = (db: Database): Clock => ({ today: localToday(), stalledDays: stalledDays(db) });

export const followUpHandlers = {
  'followUp:settings': (ctx, input) => followUpSettings(requireDb(ctx), input.programmeId),
  'followUp:setSettings': (ctx, input) => setFollowUpSettings(requireDb(ctx), input),
  'followUp:overview': (ctx, input) =>
    followUpOverview(requireDb(ctx), input.programmeId, localToday()),
  'followUp:due': (ctx, input) => overdueFollowUps(requireDb(ctx), input.programmeId, localToday()),
  'followUp:create': (ctx, input) =>
    createFollowUp(requireDb(ctx), input.programmeId, input.periodKey, localToday()),
  'followUp:get': (ctx, input) => getFollowUp(requireDb(ctx), input.id),
  'followUp:update': (ctx, input) => updateFollowUp(requireDb(ctx), input),
  'followUp:refresh': (ctx, input) => refreshFollowUp(requireDb(ctx), input.id, localToday()),
  'followUp:close': (ctx, input) => closeFollowUp(requireDb(ctx), input.id),
  'followUp:reopen': (ctx, input) => reopenFollowUp(requireDb(ctx), input.id, input.reason),
  'followUp:delete': (ctx, input) => deleteFollowUp(requireDb(ctx), input.id),
  'followUp:restore': (ctx, input) => restoreFollowUp(requireDb(ctx), input.id),
  'followUp:addLesson': (ctx, input) => {
    const db = requireDb(ctx);
    return addLesson(db, input, clockOf(db));
  },
  'followUp:updateLesson': (ctx, input) => updateLesson(requireDb(ctx), input),
  'followUp:deleteLesson': (ctx, input) => deleteLesson(requireDb(ctx), input.id),
  'followUp:lessons': (ctx, input) => listLessons(requireDb(ctx), input),
} satisfies Pick<
  Handlers,
  | 'followUp:settings'
  | 'followUp:setSettings'
  | 'followUp:overview'
  | 'followUp:due'
  | 'followUp:create'
  | 'followUp:get'
  | 'followUp:update'
  | 'followUp:refresh'
  | 'followUp:close'
  | 'followUp:reopen'
  | 'followUp:delete'
  | 'followUp:restore'
  | 'followUp:addLesson'
  | 'followUp:updateLesson'
  | 'followUp:deleteLesson'
  | 'followUp:lessons'
>;
