// Runs in: main process / Node.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  /** Runs inside one transaction together with the user_version bump. */
  up(db: Database): void;
}
