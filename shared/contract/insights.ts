// Runs in: everywhere. Contract of insights, their sources, the SWOT board and obstacles (S01, S10, I18).
import { z } from 'zod';
import {
  insightSourceKindIds,
  insightTypeIds,
  obstacleStatusIds,
  type Insight,
  type InsightRow,
  type Swot,
} from '../domain/insights';
import { byId, isoDate, paging } from './common';
import { read, write, type Page } from './define';

const insightText = z.string().trim().min(1, 'Skriv insikten').max(2000);
/** undefined: the current programme, if any; null: no programme. */
const programmeId = z.string().max(64).nullable().optional();

export const sourceInput = z.object({
  kind: z.enum(insightSourceKindIds),
  refId: z.string().max(64).nullable().default(null),
  note: z.string().trim().max(1000).default(''),
});
export type SourceInput = z.input<typeof sourceInput>;

const obstacleFields = {
  obstacleStatus: z.enum(obstacleStatusIds).nullable().default(null),
  obstacleOwner: z.string().trim().max(300).default(''),
  obstacleRemovedDate: isoDate.nullable().default(null),
};

export const insightInput = z.object({
  type: z.enum(insightTypeIds),
  text: insightText,
  programmeId,
  ...obstacleFields,
  sources: z.array(sourceInput).max(200).default([]),
});
export type InsightInput = z.input<typeof insightInput>;

export const insightUpdate = z.object({
  id: z.string().min(1),
  type: z.enum(insightTypeIds),
  text: insightText,
  programmeId: z.string().max(64).nullable().default(null),
  ...obstacleFields,
});

export const insightsContract = {
  'insights:list': read<Page<InsightRow>>()(
    z.object({
      types: z.array(z.enum(insightTypeIds)).max(7).default([]),
      programmeId: z.string().max(64).optional(),
      obstacleStatuses: z.array(z.enum(obstacleStatusIds)).max(3).default([]),
      query: z.string().max(200).default(''),
      ...paging,
    }),
  ),
  'insights:get': read<Insight>()(byId),
  'insights:create': write<Insight>()(insightInput),
  'insights:update': write<Insight>()(insightUpdate),
  'insights:delete': write<{ id: string }>()(byId),
  'insights:restore': write<{ id: string }>()(byId),
  'insights:addSource': write<Insight>()(sourceInput.extend({ insightId: z.string().min(1) })),
  'insights:removeSource': write<Insight>()(byId),
  /** Folds `fromId` into `intoId`: all sources move, `fromId` goes to the trash. */
  'insights:merge': write<Insight>()(
    z.object({ intoId: z.string().min(1), fromId: z.string().min(1) }),
  ),
  /**
   * An obstacle noted at a visit becomes an obstacle insight with the visit as source. An open
   * obstacle insight with the same text gets the source instead, so repeats add up.
   */
  'insights:fromVisitObstacle': write<{ insight: Insight; created: boolean }>()(
    z.object({ obstacleId: z.string().min(1), programmeId }),
  ),
  'insights:fromInterviewAnswer': write<{ insight: Insight; created: boolean }>()(
    z.object({
      answerId: z.string().min(1),
      type: z.enum(insightTypeIds),
      text: z.string().trim().max(2000).optional(),
      programmeId,
    }),
  ),
  /** Insights made from these obstacles or answers (ref ids), for the buttons next to them. */
  'insights:forRefs': read<Record<string, { id: string; type: string; text: string }[]>>()(
    z.object({ refIds: z.array(z.string().max(64)).max(200) }),
  ),
  'swot:get': read<Swot>()(z.object({ programmeId: z.string().max(64).optional() })),
};
