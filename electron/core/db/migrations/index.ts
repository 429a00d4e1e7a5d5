// Runs in: main process / Node. Every migration, in order. Add a file, never edit a landed one.
import { migration001 } from './001_initial';
import { migration002 } from './002_export_log';
import { migration003 } from './003_process';
import { migration004 } from './004_interviews_insights';
import { migration005 } from './005_goals';
import { migration006 } from './006_search_update_in_place';
import { migration007 } from './007_decision_track';
import { migration008 } from './008_actions';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];
export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
