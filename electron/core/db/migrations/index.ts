// Runs in: main process / Node. Every migration, in order. Add a file, never edit a landed one.
import { migration001 } from './001_initial';
import { migration002 } from './002_export_log';
import { migration003 } from './003_process';
import { migration004 } from './004_interviews_insights';
import { migration005 } from './005_goals';
import { migration006 } from './006_search_update_in_place';
import { migration007 } from './007_decision_track';
import { migration008 } from './008_actions';
import { migration009 } from './009_groups_meetings';
import { migration010 } from './010_analysis';
import { migration011 } from './011_staircase_selfimage';
import { migration012 } from './012_communication';
import { migration013 } from './013_follow_up';
import { migration014 } from './014_programme_text';
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
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
];
export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
