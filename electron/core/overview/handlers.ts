// Runs in: main process / Node. The overview (Översikt) of the officer's work.
import { requireDb } from '../app/requireDb';
import { nowIso } from '../db/clock';
import type { Handlers } from '../handlers';
import { readOverview } from './queries';

export const overviewHandlers = {
  'overview:get': (ctx, input) =>
    readOverview(requireDb(ctx), input.year ?? new Date(nowIso()).getFullYear()),
} satisfies Pick<Handlers, 'overview:get'>;
