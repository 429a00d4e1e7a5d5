// Runs in: main process / Node. The process wizard (Processen) and the anchoring log over the
// contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { listAnchoring } from './anchoringQueries';
import {
  createAnchoring,
  deleteAnchoring,
  getAnchoring,
  restoreAnchoring,
  updateAnchoring,
} from './anchoringService';
import { getProcessState, setStep, tickItem } from './service';

export const processHandlers = {
  'process:get': (ctx, input) => getProcessState(requireDb(ctx), input.programmeId),
  'process:setStep': (ctx, input) => setStep(requireDb(ctx), input),
  'process:tick': (ctx, input) => tickItem(requireDb(ctx), input),
  'anchoring:list': (ctx, input) =>
    listAnchoring(
      requireDb(ctx),
      input.programmeId,
      input.internalExternal,
      input.offset,
      input.limit,
    ),
  'anchoring:get': (ctx, input) => getAnchoring(requireDb(ctx), input.id),
  'anchoring:create': (ctx, input) => createAnchoring(requireDb(ctx), input),
  'anchoring:update': (ctx, input) => updateAnchoring(requireDb(ctx), input),
  'anchoring:delete': (ctx, input) => deleteAnchoring(requireDb(ctx), input.id),
  'anchoring:restore': (ctx, input) => restoreAnchoring(requireDb(ctx), input.id),
} satisfies Pick<
  Handlers,
  | 'process:get'
  | 'process:setStep'
  | 'process:tick'
  | 'anchoring:list'
  | 'anchoring:get'
  | 'anchoring:create'
  | 'anchoring:update'
  | 'anchoring:delete'
  | 'anchoring:restore'
>;
