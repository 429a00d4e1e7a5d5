// Runs in: main process / Node. The stakeholder register (Aktörer) over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { buildFtsQuery } from '../search/ftsQuery';
import { listStakeholders } from './list';
import { lookupStakeholders } from './queries';
import { createStakeholder, deleteStakeholder, getStakeholder, updateStakeholder } from './service';

export const stakeholdersHandlers = {
  'stakeholders:list': (ctx, input) => listStakeholders(requireDb(ctx), input),
  'stakeholders:get': (ctx, input) => getStakeholder(requireDb(ctx), input.id),
  'stakeholders:create': (ctx, input) => createStakeholder(requireDb(ctx), input),
  'stakeholders:update': (ctx, { id, ...data }) => updateStakeholder(requireDb(ctx), id, data),
  'stakeholders:delete': (ctx, input) => deleteStakeholder(requireDb(ctx), input.id),
  'stakeholders:lookup': (ctx, input) =>
    lookupStakeholders(requireDb(ctx), buildFtsQuery(input.query), input.limit),
} satisfies Pick<
  Handlers,
  | 'stakeholders:list'
  | 'stakeholders:get'
  | 'stakeholders:create'
  | 'stakeholders:update'
  | 'stakeholders:delete'
  | 'stakeholders:lookup'
>;
