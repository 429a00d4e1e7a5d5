// Runs in: main process / Node. Programmes (näringslivsprogram) over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { listProgrammes } from './queries';
import {
  createProgramme,
  deleteProgramme,
  getCurrentProgramme,
  getProgramme,
  restoreProgramme,
  setCurrentProgramme,
  updateProgramme,
} from './service';

export const programmesHandlers = {
  'programmes:list': (ctx, input) =>
    listProgrammes(requireDb(ctx), input.includeArchived, input.offset, input.limit),
  'programmes:get': (ctx, input) => getProgramme(requireDb(ctx), input.id),
  'programmes:current': (ctx) => getCurrentProgramme(requireDb(ctx)),
  'programmes:create': (ctx, input) => createProgramme(requireDb(ctx), input),
  'programmes:update': (ctx, input) => updateProgramme(requireDb(ctx), input),
  'programmes:setCurrent': (ctx, input) => setCurrentProgramme(requireDb(ctx), input.id),
  'programmes:delete': (ctx, input) => deleteProgramme(requireDb(ctx), input.id),
  'programmes:restore': (ctx, input) => restoreProgramme(requireDb(ctx), input.id),
} satisfies Pick<
  Handlers,
  | 'programmes:list'
  | 'programmes:get'
  | 'programmes:current'
  | 'programmes:create'
  | 'programmes:update'
  | 'programmes:setCurrent'
  | 'programmes:delete'
  | 'programmes:restore'
>;
