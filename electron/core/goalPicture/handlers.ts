// Runs in: main process / Node. Gemensam målbild over the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { deleteEndorsement, getGoalPicture, saveEndorsement, saveGoalPictureText } from './service';

export const goalPictureHandlers = {
  'goalPicture:get': (ctx, input) => getGoalPicture(requireDb(ctx), input.programmeId),
  'goalPicture:saveText': (ctx, input) =>
    saveGoalPictureText(requireDb(ctx), input.programmeId, input.text),
  'goalPicture:saveEndorsement': (ctx, input) => saveEndorsement(requireDb(ctx), input),
  'goalPicture:deleteEndorsement': (ctx, input) => deleteEndorsement(requireDb(ctx), input.id),
} satisfies Pick<
  Handlers,
  | 'goalPicture:get'
  | 'goalPicture:saveText'
  | 'goalPicture:saveEndorsement'
  | 'goalPicture:deleteEndorsement'
>;
