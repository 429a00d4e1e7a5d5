// Runs in: main process / Node. Company visits (Företagsbesök) over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { listVisits } from './list';
import { createVisit, deleteVisit, getVisit, updateVisit } from './service';
import { listTopics } from './topics';

export const visitsHandlers = {
  'visits:list': (ctx, input) => listVisits(requireDb(ctx), input),
  'visits:get': (ctx, input) => getVisit(requireDb(ctx), input.id),
  'visits:create': (ctx, input) => createVisit(requireDb(ctx), input),
  'visits:update': (ctx, { id, ...data }) => updateVisit(requireDb(ctx), id, data),
  'visits:delete': (ctx, input) => deleteVisit(requireDb(ctx), input.id),
  'visits:topics': (ctx) => listTopics(requireDb(ctx)),
} satisfies Pick<
  Handlers,
  | 'visits:list'
  | 'visits:get'
  | 'visits:create'
  | 'visits:update'
  | 'visits:delete'
  | 'visits:topics'
>;
