// Runs in: main process / Node. The programme text and the roles table over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { confirmRole, rolesTable } from './roles';
import { getProgrammeText, saveSectionText, setDocumentMeta, setSectionLeftOut } from './service';

export const programmeTextHandlers = {
  'programmeText:get': (ctx, input) => getProgrammeText(requireDb(ctx), input.programmeId),
  'programmeText:save': (ctx, input) => saveSectionText(requireDb(ctx), input),
  'programmeText:leaveOut': (ctx, input) => setSectionLeftOut(requireDb(ctx), input),
  'programmeText:setMeta': (ctx, input) => setDocumentMeta(requireDb(ctx), input),
  'programmeText:roles': (ctx, input) => rolesTable(requireDb(ctx), input.programmeId),
  'programmeText:confirmRole': (ctx, input) => confirmRole(requireDb(ctx), input),
} satisfies Pick<
  Handlers,
  | 'programmeText:get'
  | 'programmeText:save'
  | 'programmeText:leaveOut'
  | 'programmeText:setMeta'
  | 'programmeText:roles'
  | 'programmeText:confirmRole'
>;
