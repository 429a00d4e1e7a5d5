// Runs in: main process / Node. Focus areas (fokusområden) over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import {
  createFocusArea,
  deleteFocusArea,
  getFocusArea,
  listFocusAreas,
  rankProgrammeFocusAreas,
  reorderFocusAreas,
  restoreFocusArea,
  updateFocusArea,
} from './service';

export const focusAreasHandlers = {
  'focusAreas:list': (ctx, input) => listFocusAreas(requireDb(ctx), input.programmeId),
  'focusAreas:get': (ctx, input) => getFocusArea(requireDb(ctx), input.id),
  'focusAreas:create': (ctx, { programmeId, ...data }) =>
    createFocusArea(requireDb(ctx), programmeId, data),
  'focusAreas:update': (ctx, { id, ...data }) => updateFocusArea(requireDb(ctx), id, data),
  'focusAreas:delete': (ctx, input) => deleteFocusArea(requireDb(ctx), input.id),
  'focusAreas:restore': (ctx, input) => restoreFocusArea(requireDb(ctx), input.id),
  'focusAreas:reorder': (ctx, input) =>
    reorderFocusAreas(requireDb(ctx), input.programmeId, input.ids),
  'focusAreas:rank': (ctx, input) => rankProgrammeFocusAreas(requireDb(ctx), input.programmeId),
} satisfies Pick<
  Handlers,
  | 'focusAreas:list'
  | 'focusAreas:get'
  | 'focusAreas:create'
  | 'focusAreas:update'
  | 'focusAreas:delete'
  | 'focusAreas:restore'
  | 'focusAreas:reorder'
  | 'focusAreas:rank'
>;
