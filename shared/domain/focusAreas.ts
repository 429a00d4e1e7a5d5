// Runs in: everywhere. Focus areas (fokusområden, insatsområden): the few areas a programme works
// on, ordered by priority (P10), each with its why, nuläge → önskat läge and a responsible (I07).
import type { GlobalGoalNumber } from './agenda2030';
import type { Localized } from './goals';

export interface FocusArea {
  id: string;
  programmeId: string;
  name: string;
  /** 1 = most important among the chosen areas (P10). */
  priority: number;
  /** A candidate is still being weighed; a chosen area is in the programme (S13). */
  candidate: boolean;
  why: string;
  /** P02: how the area serves the municipality's vision. */
  visionLink: string;
  currentState: string;
  desiredState: string;
  responsibleStakeholderId: string | null;
  responsibleName: string;
  /** I17: how the work holds up in a downturn. */
  downturnNote: string;
  /** P13: what the area does for the place brand. */
  brandNote: string;
  /** 1–5, null while not assessed. */
  impact: number | null;
  effort: number | null;
  priorityReason: string;
  agenda2030: GlobalGoalNumber[];
  /** I18: which strengths (SWOT) the area builds on. */
  swotStrengthNote: string;
  goalCount: number;
  createdAt: string;
  updatedAt: string;
}

/** The 1–5 scales used for impact (effekt) and effort (insats). */
export const impactLevels = [
  { value: 1, sv: 'Mycket liten', en: 'Very small' },
  { value: 2, sv: 'Liten', en: 'Small' },
  { value: 3, sv: 'Måttlig', en: 'Moderate' },
  { value: 4, sv: 'Stor', en: 'Large' },
  { value: 5, sv: 'Mycket stor', en: 'Very large' },
] as const;

/** Where an area lands in the impact/effort matrix; the reason shown with the ranking. */
export const rankingQuadrants = [
  {
    id: 'quick_win',
    sv: 'Snabb vinst: stor effekt för en liten insats. Bra att börja med.',
    en: 'Quick win: large effect for little effort. A good place to start.',
  },
  {
    id: 'major',
    sv: 'Stort och viktigt: stor effekt men kräver mycket. Planera resurserna väl.',
    en: 'Major and important: large effect but demanding. Plan the resources well.',
  },
  {
    id: 'balanced',
    sv: 'Mellanläge: effekt och insats väger ungefär jämnt.',
    en: 'Middle ground: effect and effort roughly balance.',
  },
  {
    id: 'fill_in',
    sv: 'Enkelt men begränsat: liten insats och liten effekt. Kan göras vid sidan av.',
    en: 'Easy but limited: little effort and little effect. Can be done on the side.',
  },
  {
    id: 'costly',
    sv: 'Mycket arbete för liten effekt. Överväg att välja bort.',
    en: 'Much work for little effect. Consider leaving it out.',
  },
  {
    id: 'unassessed',
    sv: 'Effekt och insats är inte bedömda än.',
    en: 'Effect and effort have not been assessed yet.',
  },
] as const;
export type RankingQuadrant = (typeof rankingQuadrants)[number]['id'];

export interface FocusAreaRanking {
  id: string;
  name: string;
  candidate: boolean;
  impact: number | null;
  effort: number | null;
  /** impact − effort; null when either is missing. */
  score: number | null;
  /** 1 = best; unassessed areas share the last rank. */
  rank: number;
  quadrant: RankingQuadrant;
  reason: Localized;
  /** The officer's own reason (S13). */
  priorityReason: string;
}
