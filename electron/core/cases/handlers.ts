// Runs in: main process / Node. The decision track over the contract: cases and their stages, the
// meeting calendar and the remiss round.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { exportIcs } from './icsExport';
import {
  createMeeting,
  deleteMeeting,
  importMeetings,
  restoreMeeting,
  updateMeeting,
} from './meetings';
import { listMeetings } from './meetingQueries';
import { listCases } from './queries';
import {
  createInstance,
  deleteInstance,
  listInstances,
  remissReminders,
  removeComment,
  restoreInstance,
  saveComment,
  updateInstance,
} from './remiss';
import {
  createCase,
  deleteCase,
  getCase,
  planForMeeting,
  restoreCase,
  updateCase,
} from './service';
import { deleteStage, restoreStage, saveStage } from './stages';
import { AppFailure } from '../../../shared/errors';

export const casesHandlers = {
  'cases:list': (ctx, input) => listCases(requireDb(ctx), input),
  'cases:get': (ctx, input) => getCase(requireDb(ctx), input.id),
  'cases:create': (ctx, input) => createCase(requireDb(ctx), input),
  'cases:update': (ctx, input) => updateCase(requireDb(ctx), input),
  'cases:delete': (ctx, input) => deleteCase(requireDb(ctx), input.id),
  'cases:restore': (ctx, input) => restoreCase(requireDb(ctx), input.id),
  'cases:plan': (ctx, input) => {
    const plan = planForMeeting(
      requireDb(ctx),
      input.kfMeetingId,
      input.remissWeeks,
      input.today,
      input.caseId,
    );
    if (!plan) {
      throw new AppFailure(
        'NOT_FOUND',
        {
          sv: 'Fullmäktigesammanträdet finns inte längre i kalendern.',
          en: 'The council meeting is no longer in the calendar.',
        },
        { kfMeetingId: 'Välj ett sammanträde i kommunfullmäktige.' },
      );
    }
    return plan;
  },
  'cases:stageSave': (ctx, input) => saveStage(requireDb(ctx), input),
  'cases:stageDelete': (ctx, input) => deleteStage(requireDb(ctx), input.id),
  'cases:stageRestore': (ctx, input) => restoreStage(requireDb(ctx), input.id),

  'meetings:list': (ctx, input) => listMeetings(requireDb(ctx), input),
  'meetings:create': (ctx, input) => createMeeting(requireDb(ctx), input),
  'meetings:update': (ctx, input) => updateMeeting(requireDb(ctx), input),
  'meetings:delete': (ctx, input) => deleteMeeting(requireDb(ctx), input.id),
  'meetings:restore': (ctx, input) => restoreMeeting(requireDb(ctx), input.id),
  'meetings:import': (ctx, input) => importMeetings(requireDb(ctx), input),
  'meetings:ics': (ctx, input) => exportIcs(requireDb(ctx), input),

  'remiss:list': (ctx, input) => listInstances(requireDb(ctx), input.caseId),
  'remiss:create': (ctx, input) => createInstance(requireDb(ctx), input),
  'remiss:update': (ctx, input) => updateInstance(requireDb(ctx), input),
  'remiss:delete': (ctx, input) => deleteInstance(requireDb(ctx), input.id),
  'remiss:restore': (ctx, input) => restoreInstance(requireDb(ctx), input.id),
  'remiss:commentSave': (ctx, input) => saveComment(requireDb(ctx), input),
  'remiss:commentDelete': (ctx, input) => removeComment(requireDb(ctx), input.id),
  'remiss:reminders': (ctx, input) => remissReminders(requireDb(ctx), input),
} satisfies Pick<
  Handlers,
  | 'cases:list'
  | 'cases:get'
  | 'cases:create'
  | 'cases:update'
  | 'cases:delete'
  | 'cases:restore'
  | 'cases:plan'
  | 'cases:stageSave'
  | 'cases:stageDelete'
  | 'cases:stageRestore'
  | 'meetings:list'
  | 'meetings:create'
  | 'meetings:update'
  | 'meetings:delete'
  | 'meetings:restore'
  | 'meetings:import'
  | 'meetings:ics'
  | 'remiss:list'
  | 'remiss:create'
  | 'remiss:update'
  | 'remiss:delete'
  | 'remiss:restore'
  | 'remiss:commentSave'
  | 'remiss:commentDelete'
  | 'remiss:reminders'
>;
