// Runs in: main process / Node. Listing and taking backups ('backups:restore' lives in app/handlers,
// because it closes and reopens the database).
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { createBackup, listBackups, pruneBackups } from './backups';

export const backupsHandlers = {
  'backups:list': (ctx) => listBackups(ctx.backupDir),
  'backups:create': async (ctx) => {
    const info = await createBackup(requireDb(ctx), ctx.backupDir, 'manual');
    pruneBackups(ctx.backupDir);
    return info;
  },
} satisfies Pick<Handlers, 'backups:list' | 'backups:create'>;
