// Runs in: main process / Node. The Översikt's programme cards: what went well this year first
// (finished actions, green and reached goals), then red goals, stalled actions, follow-ups,
// briefings, meetings against results (I29) and the spread of channels (I27).
import type { Database } from 'better-sqlite3';
import type { OverviewProgrammeCards } from '../../../shared/domain/health';
import { stalledDays } from '../actions/settings';
import { lastBriefingPerBody } from '../communication/briefingStatus';
import { channelSpread } from '../communication/stats';
import { overdueFollowUps } from '../followUp/due';
import { stalledActions } from '../health/checks/actions';
import { followUpRoute } from '../health/checks/followUp';
import { goalRows } from '../health/checks/goals';
import { actionsFinishedInYear, meetingsHeldInYear } from '../health/checks/meetings';
import { tableExists, type HealthContext } from '../health/types';
import { selectProgramme } from '../programmes/queries';

/** Cards list a few records each; the count says how many there are. */
export const CARD_ITEMS = 8;

function followUpsWaiting(ctx: HealthContext): OverviewProgrammeCards['overdueFollowUps'] {
  if (!tableExists(ctx.db, 'follow_ups')) return null;
  const periods = overdueFollowUps(ctx.db, ctx.programmeId, ctx.today).filter(
    (p) => p.dueDate < ctx.today,
  );
  return {
    count: periods.length,
    items: periods.slice(0, CARD_ITEMS).map((p) => ({
      label: p.label,
      dueDate: p.dueDate,
      route: followUpRoute(p.recordId),
    })),
  };
}

function briefings(ctx: HealthContext): OverviewProgrammeCards['briefings'] {
  if (!tableExists(ctx.db, 'politician_briefings')) return null;
  return lastBriefingPerBody(ctx.db, ctx.programmeId, ctx.today).map((b) => ({
    body: b.body,
    lastDate: b.lastDate,
    overdue: b.overdue,
  }));
}

/** I27: the channels used in the year, the most used first. */
function spread(ctx: HealthContext, year: number): OverviewProgrammeCards['channelSpread'] {
  if (!tableExists(ctx.db, 'communication_log')) return null;
  const { byChannel } = channelSpread(ctx.db, ctx.programmeId, year);
  return {
    channels: Object.entries(byChannel)
      .filter(([, count]) => count > 0)
      .map(([channel, count]) => ({ channel, count }))
      .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel)),
  };
}

export function programmeCards(
  db: Database,
  programmeId: string,
  year: number,
  today: string,
): OverviewProgrammeCards {
  const ctx: HealthContext = { db, programmeId, today };
  const goals = goalRows(ctx);
  const stalled = stalledActions(ctx);
  const actionsFinished = actionsFinishedInYear(ctx, year);
  return {
    programmeId,
    programmeName: selectProgramme(db, programmeId)?.name ?? '',
    year,
    wins: {
      actionsFinished,
      goalsGreen: goals.filter((g) => g.status.status === 'green').length,
      goalsReached: goals.filter((g) => g.achievedAt !== null || g.status.reached).length,
      goalsTotal: goals.length,
    },
    redGoals: goals
      .filter((g) => g.status.status === 'red')
      .map((g) => ({ id: g.id, text: g.text, reason: g.status.reason })),
    stalledActions: {
      count: stalled.length,
      days: stalledDays(db),
      items: stalled.slice(0, CARD_ITEMS),
    },
    overdueFollowUps: followUpsWaiting(ctx),
    briefings: briefings(ctx),
    meetingsVsResults: { meetingsHeld: meetingsHeldInYear(ctx, year), actionsFinished },
    channelSpread: spread(ctx, year),
  };
}
