// Runs in: everywhere. App-level types: settings, database info, backups, search, trash, overview.
import type { ActorCategory } from './actorCategories';
import type { OverviewHealth } from './health';
import type { TrashKind } from './trash';

export interface Settings {
  municipality: string;
  unit: string;
  officerName: string;
  officerTitle: string;
  officerPhone: string;
  officerEmail: string;
  language: 'sv' | 'en';
  /** Days between automatic backups (default 1). */
  backupIntervalDays: number;
}

export interface AppInfo {
  appVersion: string;
  dataDir: string;
  databasePath: string;
  backupDir: string;
  schemaVersion: number;
  /** True until the officer chose an empty database or the example. */
  firstRun: boolean;
  /** Set when the database could not be opened (damaged or too new); the UI offers backups. */
  problem: { code: string; message: string } | null;
  transport: 'electron' | 'browser-shell' | 'test';
}

export interface BackupInfo {
  fileName: string;
  path: string;
  createdAt: string;
  sizeBytes: number;
  reason: 'start' | 'daily' | 'migration' | 'manual' | 'before-restore' | 'before-open';
  verified: boolean;
}

export type SearchKind = 'company' | 'stakeholder' | 'visit' | 'interview' | 'action';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string;
}

export type { TrashKind } from './trash';

export interface TrashItem {
  kind: TrashKind;
  id: string;
  title: string;
  deletedAt: string;
}

export interface Overview {
  year: number;
  counts: { stakeholders: number; companies: number; visits: number };
  perCategory: { category: ActorCategory; count: number }[];
  emptyCategories: ActorCategory[];
  keyActors: { id: string; name: string; champion: boolean }[];
  keyActorCount: number;
  championCount: number;
  visitsThisYear: number;
  visitsPerMonth: { month: string; count: number }[];
  localitiesReached: { name: string; visits: number }[];
  localitiesNotReached: string[];
  followUpsOpen: number;
  /** The current programme's health checks and cards; null while there is no programme. */
  health: OverviewHealth | null;
}
