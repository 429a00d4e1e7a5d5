// Runs in: main process / Node. Writes the example municipality's communication (demoTexts.ts) into
// a programme: the plan, two years of log, briefings with one body overdue, and two items told from
// finished actions. Deterministic: the same database and `today` give the same rows and ids.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { AppFailure } from '../../../shared/errors';
import { withIdSource } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { insertBriefing, replaceParticipants } from './briefingQueries';
import { demoBriefings, demoLogEntries, demoPlanItems } from './demoTexts';
import { insertLogEntry } from './logQueries';
import { insertPlanItem } from './planQueries';
import { prefillFromSource } from './sources';

export interface CommunicationDemoCounts {
  planItems: number;
  logEntries: number;
  briefings: number;
  fromActions: number;
}

const DAY = 86_400_000;

function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(`communication-demo:${seed}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-c${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function baseMs(today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(ms)) {
    throw new AppFailure('VALIDATION', {
      sv: `Ogiltigt datum: ${today}. Ange datum som ÅÅÅÅ-MM-DD.`,
      en: `Invalid date: ${today}. Use YYYY-MM-DD.`,
    });
  }
  return ms;
}

function politician(db: Database, role: string): { stakeholderId: string; name: string } | null {
  const row = cachedStatement(
    db,
    `SELECT id, name FROM stakeholders WHERE role_title = ? AND deleted_at IS NULL
     ORDER BY created_at, id LIMIT 1`,
  ).get(role) as { id: string; name: string } | undefined;
  return row ? { stakeholderId: row.id, name: row.name } : null;
}

/**
 * Writes about 10 plan items, 25 log entries and 7 briefings into `programmeId` (`today` is
 * YYYY-MM-DD), plus a plan item for each of the first two finished actions when the action plan has
 * them. Does nothing when the programme already has communication.
 */
export function generateCommunicationDemo(
  db: Database,
  programmeId: string,
  today: string,
): CommunicationDemoCounts {
  const counts: CommunicationDemoCounts = {
    planItems: 0,
    logEntries: 0,
    briefings: 0,
    fromActions: 0,
  };
  const existing = cachedStatement(
    db,
    `SELECT (SELECT count(*) FROM communication_plan_items WHERE programme_id = ?)
          + (SELECT count(*) FROM communication_log WHERE programme_id = ?)
          + (SELECT count(*) FROM politician_briefings WHERE programme_id = ?)`,
  )
    .pluck()
    .get(programmeId, programmeId, programmeId) as number;
  if (existing > 0) return counts;
  const base = baseMs(today);
  const date = (offset: number) => new Date(base + offset * DAY).toISOString().slice(0, 10);
  const at = (daysAgo: number) => new Date(base - daysAgo * DAY + 9 * 3_600_000).toISOString();
  let counter = 0;
  const ids = () => uuidFrom(`${programmeId}:${today}:${counter++}`);

  withIdSource(ids, () =>
    db.transaction(() => {
      const planIds = new Map<string, string>();
      for (const item of demoPlanItems) {
        const id = uuidFrom(`${programmeId}:plan:${item.key}`);
        planIds.set(item.key, id);
        const written = item.plannedIn !== undefined ? Math.max(30, -item.plannedIn + 30) : 300;
        insertPlanItem(
          db,
          id,
          programmeId,
          {
            message: item.message,
            why: item.why,
            audiences: item.audiences,
            channel: item.channel,
            plannedDate: item.plannedIn !== undefined ? date(item.plannedIn) : null,
            period: item.period ?? '',
            responsibleStakeholderId: null,
            responsibleName: item.responsible,
            status: item.status,
            upward: item.upward ?? false,
            note: '',
          },
          null,
          at(written),
        );
        counts.planItems += 1;
      }

      const finished = cachedStatement(
        db,
        `SELECT id FROM actions WHERE programme_id = ? AND status = 'done' AND deleted_at IS NULL
         ORDER BY what, id LIMIT 2`,
      )
        .pluck()
        .all(programmeId) as string[];
      finished.forEach((actionId, index) => {
        const prefill = prefillFromSource(db, 'action', actionId);
        const id = uuidFrom(`${programmeId}:from-action:${actionId}`);
        insertPlanItem(
          db,
          id,
          programmeId,
          {
            message: prefill.message,
            why: prefill.why,
            audiences: prefill.audiences,
            channel: prefill.channel,
            plannedDate: index === 0 ? date(-7) : date(21),
            period: '',
            responsibleStakeholderId: null,
            responsibleName: 'Näringslivsutvecklare',
            status: index === 0 ? 'done' : 'planned',
            upward: false,
            note: '',
          },
          { kind: 'action', id: actionId },
          at(20),
        );
        if (index === 0) {
          insertLogEntry(
            db,
            uuidFrom(`${programmeId}:from-action-log:${actionId}`),
            programmeId,
            {
              date: date(-5),
              channel: prefill.channel,
              audiences: prefill.audiences,
              what: `Nyhetsbrev om att ”${prefill.source.label ?? ''}” är klar`,
              reach: '710 mottagare',
              planItemId: id,
              upward: false,
            },
            null,
            at(5),
          );
          counts.logEntries += 1;
        }
        counts.planItems += 1;
        counts.fromActions += 1;
      });

      demoLogEntries.forEach((entry, index) => {
        insertLogEntry(
          db,
          uuidFrom(`${programmeId}:log:${index}`),
          programmeId,
          {
            date: date(-entry.daysAgo),
            channel: entry.channel,
            audiences: entry.audiences,
            what: entry.what,
            reach: entry.reach ?? '',
            planItemId: entry.planKey ? (planIds.get(entry.planKey) ?? null) : null,
            upward: entry.upward ?? false,
          },
          null,
          at(entry.daysAgo),
        );
        counts.logEntries += 1;
      });

      demoBriefings.forEach((b, index) => {
        const id = uuidFrom(`${programmeId}:briefing:${index}`);
        const participants = b.roles.flatMap((role) => {
          const found = politician(db, role);
          return found ? [found] : [];
        });
        const written = at(b.daysAgo);
        insertBriefing(
          db,
          id,
          programmeId,
          {
            date: date(-b.daysAgo),
            body: b.body,
            topics: b.topics,
            participants,
            reactions: b.reactions,
            followUp: b.followUp,
          },
          written,
        );
        replaceParticipants(db, id, participants, written);
        counts.briefings += 1;
      });
    })(),
  );
  return counts;
}
