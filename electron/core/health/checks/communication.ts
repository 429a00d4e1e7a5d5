// Runs in: main process / Node. Health checks on communication (migration 012): a plan with items
// (I24, S18, P16), an audience per item (I26), several channels (I27, I28), briefings of the
// politicians (I09, A01), results told (I25, F02) and reports upward (F23).
import { channels } from '../../../../shared/domain/communication';
import type { HealthItem } from '../../../../shared/domain/health';
import { lastBriefingPerBody } from '../../communication/briefingStatus';
import { untoldResults } from '../../communication/sources';
import { cachedStatement } from '../../search/cachedStatement';
import { screens } from '../routes';
import {
  daysBetween,
  type Evaluator,
  fromItems,
  notApplicable,
  notRecordedYet,
  same,
  tableExists,
  yearOf,
} from '../types';

/** The plan (I24) and the log (I27) arrived together with the briefings in migration 012. */
const needsCommunication =
  (evaluate: Evaluator): Evaluator =>
  (ctx) =>
    tableExists(ctx.db, 'communication_plan_items') && tableExists(ctx.db, 'politician_briefings')
      ? evaluate(ctx)
      : notRecordedYet({ sv: 'Kommunikationsinsatser', en: 'Communication items' });

const LIVE_ITEMS = `FROM communication_plan_items
  WHERE programme_id = ? AND deleted_at IS NULL AND status <> 'cancelled'`;

const noCommunicationPlan: Evaluator = ({ db, programmeId }) => {
  const { n } = cachedStatement(db, `SELECT count(*) AS n ${LIVE_ITEMS}`).get(programmeId) as {
    n: number;
  };
  if (n > 0) {
    return {
      status: 'ok',
      count: 0,
      items: [],
      detail: { sv: `${n} insatser i planen.`, en: `${n} items in the plan.` },
    };
  }
  return fromItems([
    {
      label: { sv: 'Lägg till planens första insats', en: 'Add the first item of the plan' },
      route: screens.communication,
    },
  ]);
};

const missingAudience: Evaluator = ({ db, programmeId }) => {
  const rows = cachedStatement(
    db,
    `SELECT id, message ${LIVE_ITEMS} AND json_array_length(audiences) = 0
     ORDER BY planned_date IS NULL, planned_date, id`,
  ).all(programmeId) as { id: string; message: string }[];
  return fromItems(rows.map((r) => ({ label: same(r.message), route: screens.planItem(r.id) })));
};

/** The step asks for at least three different channels across the plan and this year's log. */
export const MIN_CHANNELS = 3;

const narrowChannels: Evaluator = ({ db, programmeId, today }) => {
  const used = cachedStatement(
    db,
    `SELECT channel ${LIVE_ITEMS}
     UNION SELECT channel FROM communication_log
     WHERE programme_id = ? AND deleted_at IS NULL AND substr(date, 1, 4) = ?`,
  )
    .pluck()
    .all(programmeId, programmeId, String(yearOf(today))) as string[];
  if (used.length === 0) {
    return notApplicable({
      sv: 'Ingen kommunikation är planerad eller loggad ännu.',
      en: 'No communication is planned or logged yet.',
    });
  }
  const names = channels.filter((c) => used.includes(c.id));
  const detail = {
    sv: `Kanaler: ${names.map((c) => c.sv).join(', ')}.`,
    en: `Channels: ${names.map((c) => c.en).join(', ')}.`,
  };
  if (used.length >= MIN_CHANNELS) return { status: 'ok', count: 0, items: [], detail };
  return {
    status: 'attention',
    count: used.length,
    items: [
      {
        label: {
          sv: `${used.length} av minst ${MIN_CHANNELS} kanaler`,
          en: `${used.length} of at least ${MIN_CHANNELS} channels`,
        },
        route: screens.communication,
      },
    ],
    detail,
  };
};

const briefingOverdue: Evaluator = ({ db, programmeId, today }) => {
  const bodies = lastBriefingPerBody(db, programmeId, today);
  if (bodies.length === 0) {
    return fromItems([
      {
        label: { sv: 'Ingen dragning är loggad ännu', en: 'No briefing is logged yet' },
        route: screens.briefings,
      },
    ]);
  }
  return fromItems(
    bodies
      .filter((b) => b.overdue)
      .map((b) => ({
        label: b.lastDate
          ? { sv: `${b.body}: senast ${b.lastDate}`, en: `${b.body}: last ${b.lastDate}` }
          : { sv: `${b.body}: ingen dragning ännu`, en: `${b.body}: no briefing yet` },
        route: screens.briefings,
      })),
  );
};

/** Results from the last year still make news; older ones are history. */
export const NEWS_DAYS = 365;

const resultsUntold: Evaluator = ({ db, programmeId, today }) => {
  const items: HealthItem[] = untoldResults(db, programmeId)
    .filter((r) => r.date === null || daysBetween(r.date, today) <= NEWS_DAYS)
    .map((r) => ({
      label:
        r.kind === 'action'
          ? { sv: `Aktivitet: ${r.text}`, en: `Action: ${r.text}` }
          : { sv: `Mål: ${r.text}`, en: `Goal: ${r.text}` },
      route: [r.kind === 'action' ? 'actions' : 'goals', r.id],
    }));
  return fromItems(items);
};

/** F23: management hears how the programme goes at least every four months (a tertial). */
export const UPWARD_DAYS = 120;

const upwardOverdue: Evaluator = ({ db, programmeId, today }) => {
  const last = cachedStatement(
    db,
    `SELECT max(date) FROM (
       SELECT date FROM communication_log
       WHERE programme_id = ? AND deleted_at IS NULL AND upward = 1 AND date <= ?
       UNION ALL SELECT date FROM politician_briefings
       WHERE programme_id = ? AND deleted_at IS NULL AND date <= ?)`,
  )
    .pluck()
    .get(programmeId, today, programmeId, today) as string | null;
  if (last !== null && daysBetween(last, today) < UPWARD_DAYS) {
    return {
      status: 'ok',
      count: 0,
      items: [],
      detail: { sv: `Senaste lägesrapport: ${last}.`, en: `Latest status report: ${last}.` },
    };
  }
  return fromItems([
    {
      label: last
        ? { sv: `Senaste lägesrapport: ${last}`, en: `Latest status report: ${last}` }
        : { sv: 'Ingen lägesrapport är loggad ännu', en: 'No status report is logged yet' },
      route: screens.newLogEntry,
    },
  ]);
};

export const communicationChecks = {
  'no-communication-plan': needsCommunication(noCommunicationPlan),
  'missing-audience': needsCommunication(missingAudience),
  'narrow-channels': needsCommunication(narrowChannels),
  'briefing-overdue': needsCommunication(briefingOverdue),
  'results-untold': needsCommunication(resultsUntold),
  'upward-overdue': needsCommunication(upwardOverdue),
};
