// Runs in: everywhere. Contract of the programme's gemensamma målbild and who stood behind it (P05).
import { z } from 'zod';
import type { GoalPicture } from '../domain/goalPicture';
import { byId, id, isoDate } from './common';
import { read, write } from './define';

export const endorsementInput = z.object({
  programmeId: id,
  /** Absent = a new endorsement. */
  id: z.string().max(64).optional(),
  occasion: z
    .string()
    .trim()
    .min(1, 'Skriv vilket möte, vilken workshop eller grupp det var')
    .max(300, 'Högst 300 tecken'),
  date: isoDate,
  note: z.string().trim().max(4000, 'Högst 4000 tecken').default(''),
  endorsers: z
    .array(
      z.object({
        stakeholderId: z.string().max(64).nullable().default(null),
        name: z.string().trim().min(1, 'Skriv ett namn').max(300),
      }),
    )
    .max(200)
    .default([]),
});
export type EndorsementInput = z.input<typeof endorsementInput>;

export const goalPictureContract = {
  'goalPicture:get': read<GoalPicture>()(z.object({ programmeId: id })),
  'goalPicture:saveText': write<GoalPicture>()(
    z.object({
      programmeId: id,
      text: z.string().max(20_000, 'Målbilden får vara högst 20 000 tecken'),
    }),
  ),
  'goalPicture:saveEndorsement': write<GoalPicture>()(endorsementInput),
  'goalPicture:deleteEndorsement': write<GoalPicture>()(byId),
};
