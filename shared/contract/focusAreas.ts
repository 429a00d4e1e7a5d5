// Runs in: everywhere. Contract of focus areas (fokusområden): the few areas a programme works on,
// ordered by priority (P10), with candidates ranked by impact vs effort (S13).
import { z } from 'zod';
import type { FocusArea, FocusAreaRanking } from '../domain/focusAreas';
import { byId, id, shortText } from './common';
import { read, write } from './define';

const note = z.string().trim().max(4000).default('');
const scale = z.number().int().min(1).max(5).nullable().default(null);

export const agenda2030Input = z.array(z.number().int().min(1).max(17)).max(17).default([]);

export const focusAreaInput = z.object({
  programmeId: id,
  name: shortText.min(1, 'Ge fokusområdet ett namn'),
  candidate: z.boolean().default(false),
  why: note,
  visionLink: note,
  currentState: note,
  desiredState: note,
  responsibleStakeholderId: z.string().max(64).nullable().default(null),
  responsibleName: z.string().trim().max(300).default(''),
  downturnNote: note,
  brandNote: note,
  impact: scale,
  effort: scale,
  priorityReason: note,
  agenda2030: agenda2030Input,
  swotStrengthNote: note,
});
export type FocusAreaInput = z.input<typeof focusAreaInput>;

export const focusAreaUpdateInput = focusAreaInput.omit({ programmeId: true }).extend({ id });
export type FocusAreaUpdateInput = z.input<typeof focusAreaUpdateInput>;

const byProgramme = z.object({ programmeId: id });

export const focusAreasContract = {
  /** Chosen areas in priority order, then the candidates. A programme has a handful. */
  'focusAreas:list': read<FocusArea[]>()(byProgramme),
  'focusAreas:get': read<FocusArea>()(byId),
  'focusAreas:create': write<FocusArea>()(focusAreaInput),
  'focusAreas:update': write<FocusArea>()(focusAreaUpdateInput),
  'focusAreas:delete': write<{ id: string }>()(byId),
  /** Undo of a delete (the toast's Ångra). */
  'focusAreas:restore': write<FocusArea>()(byId),
  /** The chosen areas in their new order (first = priority 1); candidates keep theirs. */
  'focusAreas:reorder': write<FocusArea[]>()(
    byProgramme.extend({ ids: z.array(id).min(1).max(200) }),
  ),
  /** Every area of the programme ranked by impact − effort, with the reason for its place. */
  'focusAreas:rank': read<FocusAreaRanking[]>()(byProgramme),
};
