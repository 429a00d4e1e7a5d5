// Runs in: main process / Node. The red thread (röd tråd) over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { redThreadBreaks } from './breaks';
import { redThread } from './tree';

export const redThreadHandlers = {
  'redThread:get': (ctx, input) => redThread(requireDb(ctx), input.programmeId),
  'redThread:breaks': (ctx, input) => redThreadBreaks(requireDb(ctx), input.programmeId),
} satisfies Pick<Handlers, 'redThread:get' | 'redThread:breaks'>;
