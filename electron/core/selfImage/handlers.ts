// Runs in: main process / Node. Självbild vs företagens bild over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { selfImageComparison } from './comparison';
import {
  deleteRespondent,
  listRespondents,
  respondentForVisit,
  saveRespondent,
  saveVisitScores,
} from './respondents';
import { addStatement, deleteStatement, listStatements, updateStatement } from './statements';
import { importSurvey, previewSurvey } from './survey';

export const selfImageHandlers = {
  'selfImage:statements': (ctx) => listStatements(requireDb(ctx)),
  'selfImage:addStatement': (ctx, input) => addStatement(requireDb(ctx), input.text),
  'selfImage:updateStatement': (ctx, input) =>
    updateStatement(requireDb(ctx), input.id, input.text),
  'selfImage:deleteStatement': (ctx, input) => deleteStatement(requireDb(ctx), input.id),
  'selfImage:forVisit': (ctx, input) => ({
    respondent: respondentForVisit(requireDb(ctx), input.visitId),
  }),
  'selfImage:saveVisitScores': (ctx, input) =>
    saveVisitScores(requireDb(ctx), input.visitId, input.scores),
  'selfImage:respondents': (ctx, input) => listRespondents(requireDb(ctx), input.side),
  'selfImage:saveRespondent': (ctx, input) => saveRespondent(requireDb(ctx), input),
  'selfImage:deleteRespondent': (ctx, input) => deleteRespondent(requireDb(ctx), input.id),
  'selfImage:comparison': (ctx) => selfImageComparison(requireDb(ctx)),
  'selfImage:surveyPreview': (ctx, input) =>
    previewSurvey(requireDb(ctx), input.fileName, input.contentBase64),
  'selfImage:surveyImport': (ctx, input) => importSurvey(requireDb(ctx), input),
} satisfies Pick<
  Handlers,
  | 'selfImage:statements'
  | 'selfImage:addStatement'
  | 'selfImage:updateStatement'
  | 'selfImage:deleteStatement'
  | 'selfImage:forVisit'
  | 'selfImage:saveVisitScores'
  | 'selfImage:respondents'
  | 'selfImage:saveRespondent'
  | 'selfImage:deleteRespondent'
  | 'selfImage:comparison'
  | 'selfImage:surveyPreview'
  | 'selfImage:surveyImport'
>;
