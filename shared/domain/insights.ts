// Runs in: everywhere. Insights (insikter) with their sources; the SWOT board (S01, I18) and the
// obstacle list (hinder, S10) are built from them.

export const insightTypes = [
  { id: 'strength', sv: 'Styrka', en: 'Strength', svPlural: 'Styrkor', enPlural: 'Strengths' },
  { id: 'weakness', sv: 'Svaghet', en: 'Weakness', svPlural: 'Svagheter', enPlural: 'Weaknesses' },
  {
    id: 'opportunity',
    sv: 'Möjlighet',
    en: 'Opportunity',
    svPlural: 'Möjligheter',
    enPlural: 'Opportunities',
  },
  { id: 'threat', sv: 'Hot', en: 'Threat', svPlural: 'Hot', enPlural: 'Threats' },
  { id: 'obstacle', sv: 'Hinder', en: 'Obstacle', svPlural: 'Hinder', enPlural: 'Obstacles' },
  { id: 'need', sv: 'Behov', en: 'Need', svPlural: 'Behov', enPlural: 'Needs' },
  { id: 'idea', sv: 'Idé', en: 'Idea', svPlural: 'Idéer', enPlural: 'Ideas' },
] as const;

export type InsightType = (typeof insightTypes)[number]['id'];
export const insightTypeIds = insightTypes.map((t) => t.id) as [InsightType, ...InsightType[]];

/** The four boxes of the SWOT board, in reading order. */
export const swotTypes = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotType = (typeof swotTypes)[number];

export const obstacleStatuses = [
  { id: 'open', sv: 'Öppet', en: 'Open' },
  { id: 'in_progress', sv: 'Åtgärd pågår', en: 'In progress' },
  { id: 'removed', sv: 'Undanröjt', en: 'Removed' },
] as const;

export type ObstacleStatus = (typeof obstacleStatuses)[number]['id'];
export const obstacleStatusIds = obstacleStatuses.map((s) => s.id) as [
  ObstacleStatus,
  ...ObstacleStatus[],
];

export const insightSourceKinds = [
  { id: 'visit', sv: 'Företagsbesök', en: 'Company visit' },
  { id: 'visit_obstacle', sv: 'Hinder vid besök', en: 'Obstacle from a visit' },
  { id: 'interview', sv: 'Intervju', en: 'Interview' },
  { id: 'interview_answer', sv: 'Svar i intervju', en: 'Interview answer' },
  { id: 'workshop', sv: 'Workshop', en: 'Workshop' },
  { id: 'statistics', sv: 'Statistik', en: 'Statistics' },
  { id: 'other', sv: 'Annat', en: 'Other' },
  { id: 'meeting', sv: 'Möte', en: 'Meeting' },
] as const;

export type InsightSourceKind = (typeof insightSourceKinds)[number]['id'];
export const insightSourceKindIds = insightSourceKinds.map((k) => k.id) as [
  InsightSourceKind,
  ...InsightSourceKind[],
];

export interface InsightSource {
  id: string;
  kind: InsightSourceKind;
  /** The visit, obstacle, interview or answer; NULL for a workshop or statistics note. */
  refId: string | null;
  /** The visit of an obstacle or the interview of an answer: what a link opens. */
  parentId: string | null;
  /** The quoted text (the obstacle, the answer) as it was when the source was added. */
  excerpt: string;
  note: string;
  /** The company visited or the person interviewed; '' for workshop, statistics and other. */
  title: string;
  /** The visit or interview date; '' when none. */
  date: string;
  /** The question an answer replied to. */
  question: string;
  /** False when the visit or interview is in the trash or gone: show the source without a link. */
  live: boolean;
}

/** "Tagits upp vid 3 besök, 1 intervju": distinct live visits and interviews, and other sources. */
export interface SourceCounts {
  visits: number;
  interviews: number;
  workshops: number;
  statistics: number;
  other: number;
}

export interface InsightRow {
  id: string;
  programmeId: string | null;
  type: InsightType;
  text: string;
  obstacleStatus: ObstacleStatus | null;
  obstacleOwner: string;
  obstacleRemovedDate: string | null;
  counts: SourceCounts;
  sourceCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Insight extends InsightRow {
  sources: InsightSource[];
}

export interface SwotGroup {
  items: Insight[];
  /** All of this type; items stops at a few hundred, which no real SWOT reaches. */
  total: number;
}

export interface Swot {
  strength: SwotGroup;
  weakness: SwotGroup;
  opportunity: SwotGroup;
  threat: SwotGroup;
  /** Listed beside the board. */
  obstacle: SwotGroup;
  need: SwotGroup;
  idea: SwotGroup;
}
