// Runs in: main process / Node. Groups, the programme's meetings and the timeline over the contract.
import { requireDb } from '../app/requireDb';
import { localToday } from '../actions/today';
import type { Handlers } from '../handlers';
import {
  createGroup,
  deleteGroup,
  getGroup,
  listGroups,
  restoreGroup,
  updateGroup,
} from './groups';
import { getMeeting, listMeetings } from './meetingQueries';
import { createMeeting, deleteMeeting, restoreMeeting, updateMeeting } from './meetings';
import { outcomeToInsight } from './outcomeInsight';
import { buildTimeline } from './timeline';

export const groupsHandlers = {
  'groups:list': (ctx, input) => listGroups(requireDb(ctx), input.programmeId),
  'groups:get': (ctx, input) => getGroup(requireDb(ctx), input.id, localToday()),
  'groups:create': (ctx, input) => createGroup(requireDb(ctx), input, localToday()),
  'groups:update': (ctx, input) => updateGroup(requireDb(ctx), input, localToday()),
  'groups:delete': (ctx, input) => deleteGroup(requireDb(ctx), input.id),
  'groups:restore': (ctx, input) => restoreGroup(requireDb(ctx), input.id, localToday()),
  'processMeetings:list': (ctx, input) => listMeetings(requireDb(ctx), input, localToday()),
  'processMeetings:get': (ctx, input) => getMeeting(requireDb(ctx), input.id),
  'processMeetings:create': (ctx, input) => createMeeting(requireDb(ctx), input),
  'processMeetings:update': (ctx, input) => updateMeeting(requireDb(ctx), input),
  'processMeetings:delete': (ctx, input) => deleteMeeting(requireDb(ctx), input.id),
  'processMeetings:restore': (ctx, input) => restoreMeeting(requireDb(ctx), input.id),
  'processMeetings:outcomeToInsight': (ctx, input) => outcomeToInsight(requireDb(ctx), input),
  'timeline:get': (ctx, input) => buildTimeline(requireDb(ctx), input.programmeId, localToday()),
} satisfies Pick<
  Handlers,
  | 'groups:list'
  | 'groups:get'
  | 'groups:create'
  | 'groups:update'
  | 'groups:delete'
  | 'groups:restore'
  | 'processMeetings:list'
  | 'processMeetings:get'
  | 'processMeetings:create'
  | 'processMeetings:update'
  | 'processMeetings:delete'
  | 'processMeetings:restore'
  | 'processMeetings:outcomeToInsight'
  | 'timeline:get'
>;
