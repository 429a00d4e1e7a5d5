// Runs in: main process / Node. Every migration, in order. Add a file, never edit a landed one.
import { migration001 } from './001_initial';
import { migration002 } from './002_export_log';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [migration001, migration002];
export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
