// Runs in: main process / Node. Every migration, in order. Add a file, never edit a landed one.
import { migration001 } from './001_initial';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [migration001];
export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
