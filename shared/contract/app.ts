// Runs in: everywhere. Contract of the app itself: settings, database, backups, search, trash, overview.
import { z } from 'zod';
import type { AppInfo, BackupInfo, Overview, SearchHit, Settings, TrashItem } from '../domain/app';
import type { HealthCheckResult } from '../domain/health';
import { trashKindIds } from '../domain/trash';
import { paging } from './common';
import { read, write, type Page } from './define';

export const settingsInput = z
  .object({
    municipality: z.string().trim().max(200),
    unit: z.string().trim().max(200),
    officerName: z.string().trim().max(200),
    officerTitle: z.string().trim().max(200),
    officerPhone: z.string().trim().max(50),
    officerEmail: z
      .string()
      .trim()
      .max(200)
      .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'Ogiltig e-postadress'),
    language: z.enum(['sv', 'en']),
    backupIntervalDays: z.number().int().min(1).max(30),
  })
  .partial();

const trashKind = z.enum(trashKindIds);

export const appContract = {
  'app:info': read<AppInfo>()(z.object({})),
  /** First run: start empty, or fill the (empty) database with the example municipality. */
  'app:firstRun': write<AppInfo>()(z.object({ choice: z.enum(['empty', 'demo']) })),
  /** Open another database file (e.g. a predecessor's); it is checked before it replaces the current. */
  'app:openDatabase': write<AppInfo>()(z.object({ path: z.string().min(1).max(4000) })),
  'settings:get': read<Settings>()(z.object({})),
  'settings:update': write<Settings>()(settingsInput),
  'localities:list': read<string[]>()(z.object({})),
  'localities:set': write<string[]>()(
    z.object({ names: z.array(z.string().trim().min(1).max(100)).max(500) }),
  ),
  'backups:list': read<BackupInfo[]>()(z.object({})),
  'backups:create': write<BackupInfo>()(z.object({})),
  /** Replaces the database with a backup; the current state is backed up first. */
  'backups:restore': write<AppInfo>()(z.object({ fileName: z.string().min(1).max(300) })),
  'search:global': read<SearchHit[]>()(
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }),
  ),
  'trash:list': read<Page<TrashItem>>()(z.object({ ...paging })),
  'trash:restore': write<{ kind: string; id: string }>()(
    z.object({ kind: trashKind, id: z.string().min(1) }),
  ),
  /** Erases for good (GDPR); leaves an audit line without the data. */
  'trash:purge': write<{ kind: string; id: string }>()(
    z.object({ kind: trashKind, id: z.string().min(1) }),
  ),
  'overview:get': read<Overview>()(
    z.object({ year: z.number().int().min(2000).max(2100).optional() }),
  ),
  /** The health checks of one wizard step, for the current programme, as of today. */
  'overview:stepHealth': read<HealthCheckResult[]>()(
    z.object({ programmeId: z.string().min(1).max(64), stepId: z.string().min(1).max(100) }),
  ),
};
