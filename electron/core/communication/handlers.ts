// Runs in: main process / Node. Communication over the contract.
import { requireDb } from '../app/requireDb';
import { localToday } from '../actions/today';
import type { Handlers } from '../handlers';
import { lastBriefingPerBody, setBriefingInterval } from './briefingStatus';
import { selectBriefings } from './briefingQueries';
import { selectLogEntries } from './logQueries';
import { communicationOptions } from './options';
import { selectPlanItems } from './planQueries';
import {
  createBriefing,
  createLogEntry,
  createPlanItem,
  deleteRecord,
  getBriefing,
  getLogEntry,
  getPlanItem,
  restoreRecord,
  updateBriefing,
  updateLogEntry,
  updatePlanItem,
} from './service';
import { prefillFromSource, sourceLinks, untoldResults } from './sources';
import { channelSpread } from './stats';

export const communicationHandlers = {
  'communication:options': (ctx, input) => communicationOptions(requireDb(ctx), input.programmeId),
  'communication:planList': (ctx, input) => selectPlanItems(requireDb(ctx), input.programmeId),
  'communication:planGet': (ctx, input) => getPlanItem(requireDb(ctx), input.id),
  'communication:planCreate': (ctx, input) => createPlanItem(requireDb(ctx), input),
  'communication:planUpdate': (ctx, input) => updatePlanItem(requireDb(ctx), input),
  'communication:planDelete': (ctx, input) => deleteRecord(requireDb(ctx), 'plan', input.id),
  'communication:planRestore': (ctx, input) => {
    const db = requireDb(ctx);
    restoreRecord(db, 'plan', input.id);
    return getPlanItem(db, input.id);
  },
  'communication:logList': (ctx, input) =>
    selectLogEntries(requireDb(ctx), input.programmeId, input.year),
  'communication:logGet': (ctx, input) => getLogEntry(requireDb(ctx), input.id),
  'communication:logCreate': (ctx, input) => createLogEntry(requireDb(ctx), input),
  'communication:logUpdate': (ctx, input) => updateLogEntry(requireDb(ctx), input),
  'communication:logDelete': (ctx, input) => deleteRecord(requireDb(ctx), 'log', input.id),
  'communication:logRestore': (ctx, input) => {
    const db = requireDb(ctx);
    restoreRecord(db, 'log', input.id);
    return getLogEntry(db, input.id);
  },
  'communication:briefingList': (ctx, input) => selectBriefings(requireDb(ctx), input.programmeId),
  'communication:briefingGet': (ctx, input) => getBriefing(requireDb(ctx), input.id),
  'communication:briefingCreate': (ctx, input) => createBriefing(requireDb(ctx), input),
  'communication:briefingUpdate': (ctx, input) => updateBriefing(requireDb(ctx), input),
  'communication:briefingDelete': (ctx, input) =>
    deleteRecord(requireDb(ctx), 'briefing', input.id),
  'communication:briefingRestore': (ctx, input) => {
    const db = requireDb(ctx);
    restoreRecord(db, 'briefing', input.id);
    return getBriefing(db, input.id);
  },
  'communication:briefingStatus': (ctx, input) =>
    lastBriefingPerBody(requireDb(ctx), input.programmeId, localToday()),
  'communication:setBriefingInterval': (ctx, input) =>
    setBriefingInterval(requireDb(ctx), input.body, input.days),
  'communication:prefill': (ctx, input) => prefillFromSource(requireDb(ctx), input.kind, input.id),
  'communication:bySource': (ctx, input) => sourceLinks(requireDb(ctx), input.kind, input.id),
  'communication:untold': (ctx, input) => untoldResults(requireDb(ctx), input.programmeId),
  'communication:channelSpread': (ctx, input) =>
    channelSpread(requireDb(ctx), input.programmeId, input.year),
} satisfies Pick<Handlers, Extract<keyof Handlers, `communication:${string}`>>;
