// Runs in: everywhere. The overview's health checks as computed for one programme (the catalogue of
// checks itself is shared/process/healthChecks.ts), and the compact cards of the Översikt that put
// what is going well first (F26, F27).
import type { Localized } from './goals';

export const healthStatuses = [
  { id: 'attention', icon: '!', sv: 'Att titta på', en: 'Worth a look' },
  { id: 'ok', icon: '✔', sv: 'Bra', en: 'Fine' },
  { id: 'not-applicable', icon: '–', sv: 'Inte aktuellt', en: 'Not applicable' },
] as const;
export type HealthStatus = (typeof healthStatuses)[number]['id'];

/** One record behind a check, with the address (route segments) where it is fixed. */
export interface HealthItem {
  /** Names and the officer's own texts read the same in both languages. */
  label: Localized;
  route: string[];
  /** Added to the address after '?', e.g. a focus area to preselect. */
  query?: string;
}

/** What an evaluator finds. count is the number of records behind the status, items at most 20. */
export interface HealthFinding {
  status: HealthStatus;
  count: number;
  items: HealthItem[];
  detail?: Localized;
}

export interface HealthCheckResult extends HealthFinding {
  id: string;
  title: Localized;
  stepId: string;
  stepTitle: Localized;
}

/** Attention first (in catalogue order), then the ok ones, then those not applicable. */
export interface HealthReport {
  programmeId: string;
  today: string;
  checks: HealthCheckResult[];
  attention: number;
  ok: number;
}

export interface OverviewGoalRef {
  id: string;
  text: string;
  reason: Localized;
}

export interface OverviewActionRef {
  id: string;
  what: string;
  lastUpdateAt: string;
}

export interface OverviewFollowUpRef {
  label: Localized;
  dueDate: string;
  route: string[];
}

export interface OverviewBriefing {
  body: string;
  lastDate: string | null;
  overdue: boolean;
}

/** The Översikt's programme cards; null parts are data not recorded in this database yet. */
export interface OverviewProgrammeCards {
  programmeId: string;
  programmeName: string;
  year: number;
  /** What is going well, shown first. */
  wins: { actionsFinished: number; goalsGreen: number; goalsReached: number; goalsTotal: number };
  redGoals: OverviewGoalRef[];
  stalledActions: { count: number; days: number; items: OverviewActionRef[] };
  overdueFollowUps: { count: number; items: OverviewFollowUpRef[] } | null;
  briefings: OverviewBriefing[] | null;
  /** I29: meetings held against actions finished in the year. */
  meetingsVsResults: { meetingsHeld: number | null; actionsFinished: number };
  /** I27: how many distinct channels the communication used in the year, and which. */
  channelSpread: { channels: { channel: string; count: number }[] } | null;
}

export interface OverviewHealth {
  report: HealthReport;
  cards: OverviewProgrammeCards;
}
