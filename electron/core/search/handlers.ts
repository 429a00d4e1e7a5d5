// Runs in: main process / Node. Global search (sökning) across companies, stakeholders and visits.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { buildFtsQuery } from './ftsQuery';
import { searchIndex } from './queries';

export const searchHandlers = {
  'search:global': (ctx, input) => {
    const match = buildFtsQuery(input.query);
    if (!match) return [];
    return searchIndex(requireDb(ctx), match, input.limit);
  },
} satisfies Pick<Handlers, 'search:global'>;
