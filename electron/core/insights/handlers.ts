// Runs in: main process / Node. Insights, their sources, the SWOT board and obstacles over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { fromInterviewAnswer, fromVisitObstacle } from './fromRecords';
import { listInsights } from './queries';
import { insightsForRefs } from './refs';
import {
  addSource,
  createInsight,
  deleteInsight,
  getInsight,
  mergeInsights,
  removeSource,
  undeleteInsight,
  updateInsight,
} from './service';
import { getSwot } from './swot';

export const insightsHandlers = {
  'insights:list': (ctx, input) => listInsights(requireDb(ctx), input),
  'insights:get': (ctx, input) => getInsight(requireDb(ctx), input.id),
  'insights:create': (ctx, input) => createInsight(requireDb(ctx), input),
  'insights:update': (ctx, input) => updateInsight(requireDb(ctx), input),
  'insights:delete': (ctx, input) => deleteInsight(requireDb(ctx), input.id),
  'insights:restore': (ctx, input) => undeleteInsight(requireDb(ctx), input.id),
  'insights:addSource': (ctx, { insightId, ...source }) =>
    addSource(requireDb(ctx), insightId, source),
  'insights:removeSource': (ctx, input) => removeSource(requireDb(ctx), input.id),
  'insights:merge': (ctx, input) => mergeInsights(requireDb(ctx), input.intoId, input.fromId),
  'insights:fromVisitObstacle': (ctx, input) =>
    fromVisitObstacle(requireDb(ctx), input.obstacleId, input.programmeId),
  'insights:fromInterviewAnswer': (ctx, input) => fromInterviewAnswer(requireDb(ctx), input),
  'insights:forRefs': (ctx, input) => insightsForRefs(requireDb(ctx), input.refIds),
  'swot:get': (ctx, input) => getSwot(requireDb(ctx), input.programmeId),
} satisfies Pick<
  Handlers,
  | 'insights:list'
  | 'insights:get'
  | 'insights:create'
  | 'insights:update'
  | 'insights:delete'
  | 'insights:restore'
  | 'insights:addSource'
  | 'insights:removeSource'
  | 'insights:merge'
  | 'insights:fromVisitObstacle'
  | 'insights:fromInterviewAnswer'
  | 'insights:forRefs'
  | 'swot:get'
>;
