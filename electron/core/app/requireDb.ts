// Runs in: main process / Node.
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import type { AppContext } from './context';

/** The open database, or a clear error when the app runs without one (damaged/too new file). */
export function requireDb(ctx: AppContext): Database {
  if (!ctx.db) {
    throw new AppFailure(
      ctx.problem?.code === 'DATABASE_TOO_NEW' ? 'DATABASE_TOO_NEW' : 'DATABASE_DAMAGED',
    );
  }
  return ctx.db;
}
