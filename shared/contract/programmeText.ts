// Runs in: everywhere. Contract of the programme text (programtext), its first-page metadata and
// the roles table (roll- och ansvarsfördelning).
import { z } from 'zod';
import type { ProgrammeTextView, RolesTable } from '../domain/programmeText';
import { id, isoDate } from './common';
import { read, write } from './define';

const byProgramme = z.object({ programmeId: id });
const sectionId = z.string().min(1).max(60);

export const programmeTextContract = {
  /** Every section in print order with its text, left-out mark and how much data it has. */
  'programmeText:get': read<ProgrammeTextView>()(byProgramme),
  'programmeText:save': write<ProgrammeTextView>()(
    z.object({
      programmeId: id,
      sectionId,
      text: z.string().max(50_000, 'Texten får vara högst 50 000 tecken'),
    }),
  ),
  /** A section deliberately left out of the document needs a reason. */
  'programmeText:leaveOut': write<ProgrammeTextView>()(
    z.object({
      programmeId: id,
      sectionId,
      leftOut: z.boolean(),
      reason: z.string().trim().max(1000, 'Skriv högst 1 000 tecken').default(''),
    }),
  ),
  /** Who revises and who follows up the programme (the document's first page). */
  'programmeText:setMeta': write<ProgrammeTextView>()(
    z.object({
      programmeId: id,
      revisedBy: z.string().trim().max(300, 'Skriv högst 300 tecken').default(''),
      followedUpBy: z.string().trim().max(300, 'Skriv högst 300 tecken').default(''),
    }),
  ),
  'programmeText:roles': read<RolesTable>()(byProgramme),
  /** I31: the role was confirmed with the person or organisation on `date`. */
  'programmeText:confirmRole': write<RolesTable>()(
    z.object({
      programmeId: id,
      key: z.string().min(1).max(400),
      confirmed: z.boolean(),
      date: isoDate,
      note: z.string().trim().max(1000).default(''),
    }),
  ),
};
