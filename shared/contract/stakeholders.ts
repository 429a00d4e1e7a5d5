// Runs in: everywhere. Contract of the stakeholder register (Aktörer).
import { z } from 'zod';
import { actorCategoryIds } from '../domain/actorCategories';
import type { Stakeholder, StakeholderLookup, StakeholderRow } from '../domain/stakeholders';
import { byId, email, longText, optionalText, paging, shortText } from './common';
import { read, write, type Page } from './define';

export const stakeholderInput = z.object({
  kind: z.enum(['person', 'organisation']).default('person'),
  name: shortText.min(1, 'Ange ett namn'),
  organisation: optionalText,
  roleTitle: optionalText,
  phone: optionalText,
  email,
  locality: optionalText,
  notes: longText.default(''),
  categories: z.array(z.enum(actorCategoryIds)).max(20).default([]),
  keyActor: z.boolean().default(false),
  champion: z.boolean().default(false),
  legalBasis: z
    .enum(['public_task', 'consent', 'legitimate_interest', 'legal_obligation'])
    .default('public_task'),
  purpose: z.string().trim().max(1000).default(''),
  companyId: z.string().max(64).nullable().default(null),
});
export type StakeholderInput = z.input<typeof stakeholderInput>;

export const stakeholdersContract = {
  'stakeholders:list': read<Page<StakeholderRow>>()(
    z.object({
      query: z.string().max(200).default(''),
      categories: z.array(z.enum(actorCategoryIds)).default([]),
      keyActor: z.boolean().optional(),
      champion: z.boolean().optional(),
      locality: z.string().max(200).optional(),
      sort: z.enum(['name', 'updated', 'locality']).default('name'),
      ...paging,
    }),
  ),
  'stakeholders:get': read<Stakeholder>()(byId),
  'stakeholders:create': write<Stakeholder>()(stakeholderInput),
  'stakeholders:update': write<Stakeholder>()(stakeholderInput.extend({ id: z.string().min(1) })),
  'stakeholders:delete': write<{ id: string }>()(byId),
  'stakeholders:lookup': read<StakeholderLookup[]>()(
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(50).default(10) }),
  ),
};
