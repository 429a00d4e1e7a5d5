// Runs in: main process / Node. Settings and the list of localities.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { listLocalities, setLocalities } from './localities';
import { getSettings, updateSettings } from './settings';

export const settingsHandlers = {
  'settings:get': (ctx) => getSettings(requireDb(ctx)),
  'settings:update': (ctx, input) => {
    const settings = updateSettings(requireDb(ctx), input);
    // Error messages follow the UI language from the next call on.
    ctx.language = settings.language;
    return settings;
  },
  'localities:list': (ctx) => listLocalities(requireDb(ctx)),
  'localities:set': (ctx, input) => setLocalities(requireDb(ctx), input.names),
} satisfies Pick<
  Handlers,
  'settings:get' | 'settings:update' | 'localities:list' | 'localities:set'
>;
