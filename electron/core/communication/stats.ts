// Runs in: main process / Node. I27: how widely the programme was told in a year: the log entries
// per channel and per audience, how many went upward (F23), and the politician briefings.
import type { Database } from 'better-sqlite3';
import {
  audienceIds,
  channelIds,
  type Audience,
  type Channel,
  type ChannelSpread,
} from '../../../shared/domain/communication';
import { cachedStatement } from '../search/cachedStatement';
import { briefingCount } from './briefingQueries';

export function channelSpread(db: Database, programmeId: string, year: number): ChannelSpread {
  const y = String(year);
  const byChannel = Object.fromEntries(channelIds.map((c) => [c, 0])) as Record<Channel, number>;
  const byAudience = Object.fromEntries(audienceIds.map((a) => [a, 0])) as Record<Audience, number>;
  const channelRows = cachedStatement(
    db,
    `SELECT channel, count(*) AS n, sum(upward) AS up FROM communication_log
     WHERE programme_id = ? AND deleted_at IS NULL AND substr(date, 1, 4) = ? GROUP BY channel`,
  ).all(programmeId, y) as { channel: Channel; n: number; up: number }[];
  let total = 0;
  let upward = 0;
  for (const row of channelRows) {
    if (row.channel in byChannel) byChannel[row.channel] = row.n;
    total += row.n;
    upward += row.up;
  }
  const audienceRows = cachedStatement(
    db,
    `SELECT a.value AS audience, count(*) AS n
     FROM communication_log l, json_each(l.audiences) a
     WHERE l.programme_id = ? AND l.deleted_at IS NULL AND substr(l.date, 1, 4) = ?
     GROUP BY a.value`,
  ).all(programmeId, y) as { audience: Audience; n: number }[];
  for (const row of audienceRows) {
    if (row.audience in byAudience) byAudience[row.audience] = row.n;
  }
  return {
    year,
    total,
    upward,
    byChannel,
    byAudience,
    briefings: briefingCount(db, programmeId, year),
  };
}
