// Runs in: everywhere. Samhandlingstrappan (S20, I21): the levels of cooperation a relation with an
// actor can be on, and each stakeholder's dated history of assessments.

/** One step of the staircase. Position 1 is the lowest step. */
export interface StaircaseLevel {
  id: string;
  position: number;
  name: string;
  description: string;
  /** How many assessments use this level; a level in use cannot be deleted. */
  usedBy: number;
}

/** The four steps most Swedish regions use, described in our own words. */
export const defaultStaircaseLevels = [
  {
    id: 'staircase-level-1',
    name: 'Samtal',
    description: 'Vi känner till varandra och pratar när det behövs, mest för att informera.',
  },
  {
    id: 'staircase-level-2',
    name: 'Samsyn',
    description: 'Vi delar bilden av läget och vet vad den andra parten vill uppnå.',
  },
  {
    id: 'staircase-level-3',
    name: 'Samarbete',
    description: 'Vi gör avgränsade saker tillsammans, var och en med sina egna resurser.',
  },
  {
    id: 'staircase-level-4',
    name: 'Samverkan',
    description: 'Vi har gemensamma mål och planerar och genomför arbetet tillsammans över tid.',
  },
] as const;

/** One judgement: on `date` the relation was on `levelId`, according to `judgedBy`. */
export interface StaircaseAssessment {
  id: string;
  stakeholderId: string;
  levelId: string;
  levelName: string;
  levelPosition: number;
  date: string;
  note: string;
  judgedBy: string;
  createdAt: string;
}

/** A stakeholder's current level and full history, newest first. */
export interface StakeholderStaircase {
  stakeholderId: string;
  current: StaircaseAssessment | null;
  history: StaircaseAssessment[];
}

export interface StaircaseCount {
  levelId: string;
  name: string;
  position: number;
  count: number;
}

export interface StaircaseDistribution {
  date: string;
  counts: StaircaseCount[];
  /** Live stakeholders with a level at the date. */
  total: number;
}

export type MovementDirection = 'up' | 'down' | 'new';

export interface StaircaseMovement {
  stakeholderId: string;
  name: string;
  keyActor: boolean;
  direction: MovementDirection;
  fromLevel: string | null;
  toLevel: string;
  steps: number;
}

export interface StaircaseActor {
  id: string;
  name: string;
  organisation: string;
}

/** The staircase screen: now against an earlier date, who moved, and key actors without a level. */
export interface StaircaseOverview {
  now: StaircaseDistribution;
  before: StaircaseDistribution;
  movements: StaircaseMovement[];
  unsetKeyActors: StaircaseActor[];
}

/** The date 12 months before `date` (YYYY-MM-DD); 29 February falls back to the 28th. */
export function twelveMonthsBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y - 1;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
