// Runs in: everywhere. Goals (mål) with their indicator, measurements, revisions and status: the
// backbone of the red thread from focus area to measured result (P03, I06, I08, F02, F05, F08–F18).
import type { GlobalGoalNumber } from './agenda2030';

export interface Localized {
  sv: string;
  en: string;
}

/** I08: goals in the programme itself, and the concrete goals of the action plan under them. */
export const goalLevelKinds = [
  { id: 'programme', sv: 'Programmål', en: 'Programme goal' },
  { id: 'action_plan', sv: 'Mål i handlingsplanen', en: 'Action-plan goal' },
] as const;
export type GoalLevelKind = (typeof goalLevelKinds)[number]['id'];

/** F12, F02. */
export const goalTypes = [
  {
    id: 'result',
    sv: 'Resultatmål',
    en: 'Result goal',
    hintSv: 'Något som ska vara gjort eller nått och kan bockas av.',
    hintEn: 'Something to be done or reached that can be ticked off.',
  },
  {
    id: 'process',
    sv: 'Processmål',
    en: 'Process goal',
    hintSv: 'Hur vi ska arbeta, till exempel hur ofta vi besöker företag.',
    hintEn: 'How we are to work, for example how often we visit companies.',
  },
  {
    id: 'effect',
    sv: 'Effektmål',
    en: 'Effect goal',
    hintSv: 'Den förändring i samhället vi vill se, ofta på längre sikt.',
    hintEn: 'The change in society we want to see, often in the longer term.',
  },
] as const;
export type GoalType = (typeof goalTypes)[number]['id'];

/** F18. */
export const measureLevels = [
  { id: 'strategic', sv: 'Strategiskt', en: 'Strategic' },
  { id: 'tactical', sv: 'Taktiskt', en: 'Tactical' },
  { id: 'operational', sv: 'Operativt', en: 'Operational' },
] as const;
export type MeasureLevel = (typeof measureLevels)[number]['id'];

/** P04. */
export const horizons = [
  { id: 'short', sv: 'Kort sikt', en: 'Short term' },
  { id: 'long', sv: 'Lång sikt', en: 'Long term' },
] as const;
export type Horizon = (typeof horizons)[number]['id'];

/** F14: without a direction a change cannot be read as better or worse. */
export const directions = [
  { id: 'higher', sv: 'Högre är bättre', en: 'Higher is better' },
  { id: 'lower', sv: 'Lägre är bättre', en: 'Lower is better' },
] as const;
export type Direction = (typeof directions)[number]['id'];

/** F15–F17: where the numbers come from. */
export const indicatorSources = [
  {
    id: 'ranking',
    sv: 'Näringslivsranking (t.ex. Svenskt Näringsliv)',
    en: 'Business climate ranking (e.g. Svenskt Näringsliv)',
  },
  { id: 'nki', sv: 'Nöjdhet, NKI (t.ex. SKR Insikt)', en: 'Satisfaction, NKI (e.g. SKR Insikt)' },
  { id: 'new_businesses', sv: 'Nyföretagande', en: 'New businesses' },
  {
    id: 'lead_time',
    sv: 'Handläggningstid (ledtid, median per period)',
    en: 'Lead time (median per period)',
  },
  { id: 'own_survey', sv: 'Egen mätning eller enkät', en: 'Own measurement or survey' },
  { id: 'kolada', sv: 'Kolada-nyckeltal', en: 'Kolada key figure' },
  { id: 'other', sv: 'Annan källa', en: 'Other source' },
] as const;
export type IndicatorSourceKind = (typeof indicatorSources)[number]['id'];

/** I06: a goal should be clear, measurable, sustainable and anchored. */
export const qualityChecks = [
  { id: 'clear', sv: 'Tydligt', en: 'Clear' },
  { id: 'measurable', sv: 'Mätbart', en: 'Measurable' },
  { id: 'sustainable', sv: 'Hållbart', en: 'Sustainable' },
  { id: 'anchored', sv: 'Förankrat', en: 'Anchored' },
] as const;
export type QualityCheck = (typeof qualityChecks)[number]['id'];
export type GoalQuality = Record<QualityCheck, boolean>;

/**
 * F11. Each status has a text label and an icon so that it never depends on colour alone.
 * The wording is encouraging (F27): red says that the goal needs attention, not that anyone failed.
 */
export const goalStatuses = [
  { id: 'green', icon: '✔', sv: 'I fas', en: 'On track' },
  { id: 'yellow', icon: '!', sv: 'Något efter', en: 'Slightly behind' },
  { id: 'red', icon: '✖', sv: 'Behöver insatser', en: 'Needs attention' },
  { id: 'unknown', icon: '?', sv: 'Saknar mätvärde', en: 'No measurement' },
] as const;
export type GoalStatusId = (typeof goalStatuses)[number]['id'];
export type OverrideStatus = Exclude<GoalStatusId, 'unknown'>;
export type GoalStatusIcon = (typeof goalStatuses)[number]['icon'];

export interface GoalStatus {
  status: GoalStatusId;
  label: Localized;
  icon: GoalStatusIcon;
  reason: Localized;
  /** True when the officer set the status by hand (with a comment). */
  overridden: boolean;
  /** True when the latest measurement is at or beyond the target (or the goal is ticked off). */
  reached: boolean;
  /** Share of the way from baseline to target, 0–1 and beyond; null when it cannot be computed. */
  progress: number | null;
  /** Share of the time from baseline date to target date that has passed, 0–1. */
  expected: number | null;
}

export interface GoalMeasurement {
  id: string;
  goalId: string;
  date: string;
  value: number;
  comment: string;
  source: string;
  createdAt: string;
  updatedAt: string;
}

/** F08: a changed target keeps the old one and why it changed. */
export interface GoalRevision {
  id: string;
  goalId: string;
  changedAt: string;
  oldTargetValue: number | null;
  newTargetValue: number | null;
  oldTargetDate: string | null;
  newTargetDate: string | null;
  reason: string;
}

/** A goal as the list under its focus area shows it. */
export interface GoalRow {
  id: string;
  programmeId: string;
  focusAreaId: string | null;
  parentGoalId: string | null;
  levelKind: GoalLevelKind;
  text: string;
  type: GoalType;
  measureLevel: MeasureLevel;
  horizon: Horizon;
  influenceable: boolean;
  indicatorName: string;
  indicatorUnit: string;
  direction: Direction;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  latestValue: number | null;
  latestDate: string | null;
  measurementCount: number;
  achievedAt: string | null;
  status: GoalStatus;
}

export interface Goal extends GoalRow {
  why: string;
  quality: GoalQuality;
  agenda2030: GlobalGoalNumber[];
  indicatorSource: IndicatorSourceKind;
  indicatorSourceNote: string;
  statusOverride: OverrideStatus | null;
  statusOverrideComment: string;
  focusAreaName: string | null;
  parentGoalText: string | null;
  /** Action-plan goals that serve this goal (I08). */
  children: { id: string; text: string; status: GoalStatus }[];
  /** Oldest first, as a chart reads them. */
  measurements: GoalMeasurement[];
  /** Newest first. */
  revisions: GoalRevision[];
  createdAt: string;
  updatedAt: string;
}

/** The goals of one programme, grouped by focus area in priority order; null = no focus area. */
export interface GoalGroup {
  focusArea: { id: string; name: string; priority: number; candidate: boolean } | null;
  goals: GoalRow[];
}

export interface GoalsByFocusArea {
  programmeId: string;
  groups: GoalGroup[];
}

export const goalWarningKinds = [
  { id: 'too_many_goals', seedRef: 'F09', sv: 'Många mål', en: 'Many goals' },
  { id: 'not_influenceable', seedRef: 'F10', sv: 'Inte påverkbart', en: 'Not influenceable' },
  { id: 'incomplete_measure', seedRef: 'P03', sv: 'Ofullständigt mått', en: 'Incomplete measure' },
  {
    id: 'focus_area_no_responsible',
    seedRef: 'I07',
    sv: 'Ansvarig saknas',
    en: 'No responsible',
  },
  { id: 'focus_area_no_goal', seedRef: 'I07', sv: 'Mål saknas', en: 'No goal' },
  { id: 'missing_why', seedRef: 'P08', sv: 'Varför saknas', en: 'Why missing' },
  { id: 'goal_no_focus_area', seedRef: 'F03', sv: 'Utan fokusområde', en: 'No focus area' },
  { id: 'goal_no_parent', seedRef: 'I08', sv: 'Utan programmål', en: 'No programme goal' },
] as const;
export type GoalWarningKind = (typeof goalWarningKinds)[number]['id'];

export interface GoalWarning {
  kind: GoalWarningKind;
  focusAreaId: string | null;
  goalId: string | null;
  /** The focus area's name or the goal's text, for the list. */
  subject: string;
  message: Localized;
}

export interface GoalWarnings {
  /** F09: the most goals per focus area before a warning (a setting, default 3). */
  limit: number;
  warnings: GoalWarning[];
}

export const defaultGoalLimitPerFocusArea = 3;
