// Runs in: main process / Node. The trash (Papperskorg): list, restore and erase for good.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { purgeFromTrash } from './purge';
import { listTrash, restoreFromTrash } from './queries';

export const trashHandlers = {
  'trash:list': (ctx, input) => listTrash(requireDb(ctx), input.offset, input.limit),
  'trash:restore': (ctx, { kind, id }) => {
    restoreFromTrash(requireDb(ctx), kind, id);
    return { kind, id };
  },
  'trash:purge': (ctx, { kind, id }) => {
    purgeFromTrash(requireDb(ctx), kind, id);
    return { kind, id };
  },
} satisfies Pick<Handlers, 'trash:list' | 'trash:restore' | 'trash:purge'>;
