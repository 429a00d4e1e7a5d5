// Runs in: everywhere. Contract of company visits (Företagsbesök).
import { z } from 'zod';
import type { Visit, VisitRow } from '../domain/visits';
import { byId, isoDate, longText, paging, shortText } from './common';
import { read, write, type Page } from './define';

export const visitInput = z.object({
  companyId: z.string().min(1, 'Välj ett företag').max(64),
  visitDate: isoDate,
  purpose: z.string().trim().max(500).default(''),
  notes: longText.default(''),
  ourParticipants: z.string().trim().max(1000).default(''),
  participants: z
    .array(
      z.object({
        stakeholderId: z.string().max(64).nullable().default(null),
        name: shortText.min(1),
      }),
    )
    .max(100)
    .default([]),
  topics: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  obstacles: z.array(z.string().trim().min(1).max(2000)).max(50).default([]),
  followUpNeeded: z.boolean().default(false),
  followUpNote: z.string().trim().max(2000).default(''),
  followUpDone: z.boolean().default(false),
  satisfaction: z.number().int().min(1).max(5).nullable().default(null),
  confidential: z.boolean().default(false),
});
export type VisitInput = z.input<typeof visitInput>;

export const visitsContract = {
  'visits:list': read<Page<VisitRow>>()(
    z.object({
      from: isoDate.optional(),
      to: isoDate.optional(),
      locality: z.string().max(200).optional(),
      companyId: z.string().max(64).optional(),
      topic: z.string().max(100).optional(),
      followUpOpen: z.boolean().optional(),
      sort: z.enum(['date_desc', 'date_asc', 'company']).default('date_desc'),
      ...paging,
    }),
  ),
  'visits:get': read<Visit>()(byId),
  'visits:create': write<Visit>()(visitInput),
  'visits:update': write<Visit>()(visitInput.extend({ id: z.string().min(1) })),
  'visits:delete': write<{ id: string }>()(byId),
  /** Topics in use plus the built-in list, for the topic picker and the filter. */
  'visits:topics': read<{ id: string; label: string; count: number }[]>()(z.object({})),
};
