// Runs in: everywhere. Contract of interview guides and interviews (intervjuer, S14).
import { z } from 'zod';
import type {
  Interview,
  InterviewGuide,
  InterviewGuideRow,
  InterviewRow,
} from '../domain/interviews';
import { byId, isoDate, longText, paging, shortText } from './common';
import { read, write, type Page } from './define';

const optionalId = z.string().max(64).nullable().default(null);

export const guideInput = z.object({
  name: shortText.min(1, 'Ge guiden ett namn'),
  description: z.string().trim().max(2000).default(''),
  /** In the order asked. A question keeps its id (and its link to old answers) when moved. */
  questions: z
    .array(
      z.object({
        id: z.string().max(64).optional(),
        text: z.string().trim().min(1, 'Skriv frågan eller ta bort raden').max(1000),
      }),
    )
    .max(100)
    .default([]),
});
export type GuideInput = z.input<typeof guideInput>;

export const interviewInput = z.object({
  /** undefined: the current programme on create, unchanged on update; null: none. */
  programmeId: z.string().max(64).nullable().optional(),
  guideId: optionalId,
  date: isoDate,
  intervieweeStakeholderId: optionalId,
  intervieweeName: shortText.min(1, 'Ange vem som intervjuades'),
  companyId: optionalId,
  organisation: z.string().trim().max(300).default(''),
  notes: longText.default(''),
  themes: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  confidential: z.boolean().default(false),
  /**
   * In order. A saved answer keeps its id (insights made from it stay linked). The question text
   * of a guide question is copied from the guide when the answer is first written.
   */
  answers: z
    .array(
      z.object({
        id: z.string().max(64).optional(),
        questionId: z.string().max(64).nullable().default(null),
        questionText: z.string().trim().max(1000).default(''),
        answer: z.string().max(20_000).default(''),
      }),
    )
    .max(100)
    .default([]),
});
export type InterviewInput = z.input<typeof interviewInput>;

export const interviewsContract = {
  'interviewGuides:list': read<Page<InterviewGuideRow>>()(z.object({ ...paging })),
  'interviewGuides:get': read<InterviewGuide>()(byId),
  'interviewGuides:create': write<InterviewGuide>()(guideInput),
  'interviewGuides:update': write<InterviewGuide>()(guideInput.extend({ id: z.string().min(1) })),
  'interviewGuides:delete': write<{ id: string }>()(byId),
  'interviewGuides:restore': write<{ id: string }>()(byId),

  'interviews:list': read<Page<InterviewRow>>()(
    z.object({
      guideId: z.string().max(64).optional(),
      programmeId: z.string().max(64).optional(),
      theme: z.string().max(100).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      ...paging,
    }),
  ),
  'interviews:get': read<Interview>()(byId),
  'interviews:create': write<Interview>()(interviewInput),
  'interviews:update': write<Interview>()(interviewInput.extend({ id: z.string().min(1) })),
  'interviews:delete': write<{ id: string }>()(byId),
  'interviews:restore': write<{ id: string }>()(byId),
  /** Themes in use, most used first, for the theme picker and the filter. */
  'interviews:themes': read<{ theme: string; count: number }[]>()(z.object({})),
};
