// Runs in: main process / Node. The analysis material over the contract: statistics, analysis
// texts and steering documents with the policy check.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import {
  createIndicator,
  deleteIndicator,
  getIndicator,
  listIndicators,
  setValues,
  updateIndicator,
} from './indicators';
import { commitStatisticsImport, previewStatisticsImport } from './statImport';
import {
  checkSteeringDocument,
  createSteeringDocument,
  deleteSteeringDocument,
  focusAreaSteering,
  linkSteeringDocument,
  listSteeringDocuments,
  unlinkSteeringDocument,
  updateSteeringDocument,
} from './steering';
import {
  addAnalysisSource,
  deleteAnalysisSource,
  getAnalysisTexts,
  saveAnalysisText,
  updateAnalysisSource,
} from './texts';

export const analysisHandlers = {
  'statistics:list': (ctx, input) => listIndicators(requireDb(ctx), input.programmeId),
  'statistics:get': (ctx, input) => getIndicator(requireDb(ctx), input.id),
  'statistics:create': (ctx, input) => createIndicator(requireDb(ctx), input),
  'statistics:update': (ctx, input) => updateIndicator(requireDb(ctx), input),
  'statistics:delete': (ctx, input) => deleteIndicator(requireDb(ctx), input.id),
  'statistics:setValues': (ctx, input) => setValues(requireDb(ctx), input.id, input.values),
  'statistics:importPreview': (ctx, input) => previewStatisticsImport(requireDb(ctx), input),
  'statistics:importCommit': (ctx, input) => commitStatisticsImport(requireDb(ctx), input),
  'analysisTexts:get': (ctx, input) => getAnalysisTexts(requireDb(ctx), input.programmeId),
  'analysisTexts:save': (ctx, input) => saveAnalysisText(requireDb(ctx), input),
  'analysisTexts:addSource': (ctx, input) => addAnalysisSource(requireDb(ctx), input),
  'analysisTexts:updateSource': (ctx, input) => updateAnalysisSource(requireDb(ctx), input),
  'analysisTexts:deleteSource': (ctx, input) => deleteAnalysisSource(requireDb(ctx), input.id),
  'steering:list': (ctx, input) => listSteeringDocuments(requireDb(ctx), input.programmeId),
  'steering:create': (ctx, input) => createSteeringDocument(requireDb(ctx), input),
  'steering:update': (ctx, input) => updateSteeringDocument(requireDb(ctx), input),
  'steering:delete': (ctx, input) => deleteSteeringDocument(requireDb(ctx), input.id),
  'steering:check': (ctx, input) => checkSteeringDocument(requireDb(ctx), input),
  'steering:forFocusArea': (ctx, input) => focusAreaSteering(requireDb(ctx), input.focusAreaId),
  'steering:link': (ctx, input) => linkSteeringDocument(requireDb(ctx), input),
  'steering:unlink': (ctx, input) => unlinkSteeringDocument(requireDb(ctx), input),
} satisfies Pick<
  Handlers,
  | 'statistics:list'
  | 'statistics:get'
  | 'statistics:create'
  | 'statistics:update'
  | 'statistics:delete'
  | 'statistics:setValues'
  | 'statistics:importPreview'
  | 'statistics:importCommit'
  | 'analysisTexts:get'
  | 'analysisTexts:save'
  | 'analysisTexts:addSource'
  | 'analysisTexts:updateSource'
  | 'analysisTexts:deleteSource'
  | 'steering:list'
  | 'steering:create'
  | 'steering:update'
  | 'steering:delete'
  | 'steering:check'
  | 'steering:forFocusArea'
  | 'steering:link'
  | 'steering:unlink'
>;
