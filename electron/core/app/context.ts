// Runs in: main process / Node. What every handler gets: the open database and where data lives.
import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/errors';
import type { AppInfo } from '../../../shared/domain/app';

export interface AppContext {
  /** The open database; null while the file could not be opened (see `problem`). */
  db: Database | null;
  dataDir: string;
  databasePath: string;
  backupDir: string;
  problem: AppInfo['problem'];
  transport: AppInfo['transport'];
  appVersion: string;
  /** The UI language, for error messages. */
  language: Language;
  /** Set while an import holds an open transaction; other writes wait for it. */
  writeLock: string | null;
}
