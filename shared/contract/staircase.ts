// Runs in: everywhere. Contract of Samhandlingstrappan (S20, I21): the municipality's levels and
// each stakeholder relation's dated assessments.
import { z } from 'zod';
import type { StaircaseLevel, StaircaseOverview, StakeholderStaircase } from '../domain/staircase';
import { byId, empty, id, isoDate } from './common';
import { read, write } from './define';

const levelName = z
  .string()
  .trim()
  .min(1, 'Skriv ett namn på trappsteget')
  .max(60, 'Namnet får vara högst 60 tecken');
const levelDescription = z.string().trim().max(500, 'Beskrivningen får vara högst 500 tecken');

export const staircaseLevelInput = z.object({
  name: levelName,
  description: levelDescription.default(''),
});

export const staircaseAssessInput = z.object({
  stakeholderId: id,
  levelId: z.string().min(1, 'Välj ett trappsteg').max(64),
  date: isoDate,
  note: z.string().trim().max(2000, 'Anteckningen får vara högst 2000 tecken').default(''),
  judgedBy: z.string().trim().max(200, 'Högst 200 tecken').default(''),
});
export type StaircaseAssessInput = z.input<typeof staircaseAssessInput>;

/** One row of the relations list: a stakeholder and where the relation stands now. */
export interface StaircaseRelation {
  id: string;
  name: string;
  organisation: string;
  keyActor: boolean;
  levelId: string | null;
  levelName: string | null;
  levelPosition: number | null;
  date: string | null;
}

export const staircaseContract = {
  'staircase:levels': read<StaircaseLevel[]>()(empty),
  'staircase:addLevel': write<StaircaseLevel[]>()(staircaseLevelInput),
  'staircase:updateLevel': write<StaircaseLevel[]>()(staircaseLevelInput.extend({ id })),
  /** The new order, lowest step first; must name every level exactly once. */
  'staircase:reorderLevels': write<StaircaseLevel[]>()(
    z.object({ ids: z.array(id).min(1).max(50) }),
  ),
  'staircase:deleteLevel': write<StaircaseLevel[]>()(byId),
  'staircase:forStakeholder': read<StakeholderStaircase>()(z.object({ stakeholderId: id })),
  'staircase:assess': write<StakeholderStaircase>()(staircaseAssessInput),
  'staircase:deleteAssessment': write<StakeholderStaircase>()(byId),
  /** Key actors first, then by name; `keyActorsOnly` narrows to them. */
  'staircase:relations': read<StaircaseRelation[]>()(
    z.object({
      query: z.string().trim().max(200).default(''),
      keyActorsOnly: z.boolean().default(false),
    }),
  ),
  /** Distribution at `date` (default today) against `compareTo` (default 12 months earlier). */
  'staircase:overview': read<StaircaseOverview>()(
    z.object({ date: isoDate.optional(), compareTo: isoDate.optional() }),
  ),
};
