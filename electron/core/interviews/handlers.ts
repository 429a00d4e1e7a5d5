// Runs in: main process / Node. Interview guides and interviews (intervjuer) over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { listGuides } from './guides';
import { listInterviews, listThemes } from './list';
import {
  createGuide,
  createInterview,
  deleteGuide,
  deleteInterview,
  getGuide,
  getInterview,
  undeleteGuide,
  undeleteInterview,
  updateGuide,
  updateInterview,
} from './service';

export const interviewsHandlers = {
  'interviewGuides:list': (ctx, input) => listGuides(requireDb(ctx), input.offset, input.limit),
  'interviewGuides:get': (ctx, input) => getGuide(requireDb(ctx), input.id),
  'interviewGuides:create': (ctx, input) => createGuide(requireDb(ctx), input),
  'interviewGuides:update': (ctx, { id, ...data }) => updateGuide(requireDb(ctx), id, data),
  'interviewGuides:delete': (ctx, input) => deleteGuide(requireDb(ctx), input.id),
  'interviewGuides:restore': (ctx, input) => undeleteGuide(requireDb(ctx), input.id),
  'interviews:list': (ctx, input) => listInterviews(requireDb(ctx), input),
  'interviews:get': (ctx, input) => getInterview(requireDb(ctx), input.id),
  'interviews:create': (ctx, input) => createInterview(requireDb(ctx), input),
  'interviews:update': (ctx, { id, ...data }) => updateInterview(requireDb(ctx), id, data),
  'interviews:delete': (ctx, input) => deleteInterview(requireDb(ctx), input.id),
  'interviews:restore': (ctx, input) => undeleteInterview(requireDb(ctx), input.id),
  'interviews:themes': (ctx) => listThemes(requireDb(ctx)),
} satisfies Pick<
  Handlers,
  | 'interviewGuides:list'
  | 'interviewGuides:get'
  | 'interviewGuides:create'
  | 'interviewGuides:update'
  | 'interviewGuides:delete'
  | 'interviewGuides:restore'
  | 'interviews:list'
  | 'interviews:get'
  | 'interviews:create'
  | 'interviews:update'
  | 'interviews:delete'
  | 'interviews:restore'
  | 'interviews:themes'
>;
