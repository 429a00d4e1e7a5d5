// Runs in: main process / Node. The action plan (handlingsplan): actions with goals, partners,
// origins and workshop contributors (S25, I10, I13–I16, I19, I20, I35, I37, F19, F25).
import { inPlaceUpdateTrigger, searchTriggers, type SearchRegister } from './searchIndexSql';
import type { Migration } from './types';

const sql = /* sql */ `
-- One action (aktivitet). last_update_at is bumped by every change and drives "stalled" (I16).
-- Money is whole kronor; hours may be fractional. NULL = not estimated yet.
CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  focus_area_id TEXT REFERENCES focus_areas(id),
  what TEXT NOT NULL,
  why TEXT NOT NULL DEFAULT '',
  how TEXT NOT NULL DEFAULT '',
  responsible_stakeholder_id TEXT REFERENCES stakeholders(id),
  responsible_name TEXT NOT NULL DEFAULT '',     -- copied or typed; cleared by a GDPR erase
  responsible_org_kind TEXT NOT NULL DEFAULT 'municipality'
    CHECK (responsible_org_kind IN ('municipality', 'other')),
  start_date TEXT,                 -- YYYY-MM-DD
  due_date TEXT,                   -- YYYY-MM-DD
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'in_progress', 'done', 'paused', 'dropped')),
  dropped_reason TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'project' CHECK (kind IN ('standing', 'annual', 'project')),
  annual_month INTEGER CHECK (annual_month BETWEEN 1 AND 12),
  experiment INTEGER NOT NULL DEFAULT 0 CHECK (experiment IN (0, 1)),
  learning_note TEXT NOT NULL DEFAULT '',
  realism INTEGER CHECK (realism BETWEEN 1 AND 3),
  ambition INTEGER CHECK (ambition BETWEEN 1 AND 3),
  hours_planned REAL CHECK (hours_planned >= 0),
  hours_spent REAL CHECK (hours_spent >= 0),
  cost_planned INTEGER CHECK (cost_planned >= 0),
  cost_spent INTEGER CHECK (cost_spent >= 0),
  last_update_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (status <> 'dropped' OR dropped_reason <> ''),
  CHECK (experiment = 0 OR status NOT IN ('done', 'dropped') OR learning_note <> '')
);
CREATE INDEX actions_programme_area ON actions(programme_id, focus_area_id, due_date)
  WHERE deleted_at IS NULL;
CREATE INDEX actions_active_update ON actions(programme_id, last_update_at)
  WHERE deleted_at IS NULL AND status IN ('planned', 'in_progress');
CREATE INDEX actions_focus_area ON actions(focus_area_id) WHERE focus_area_id IS NOT NULL;
CREATE INDEX actions_responsible ON actions(responsible_stakeholder_id)
  WHERE responsible_stakeholder_id IS NOT NULL;
CREATE INDEX actions_trash ON actions(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE action_goals (
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  goal_id TEXT NOT NULL REFERENCES goals(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (action_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX action_goals_goal ON action_goals(goal_id);

-- Samverkanspartner (I20): a known stakeholder or a typed name.
CREATE TABLE action_partners (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  stakeholder_id TEXT REFERENCES stakeholders(id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX action_partners_action ON action_partners(action_id);
CREATE INDEX action_partners_stakeholder ON action_partners(stakeholder_id)
  WHERE stakeholder_id IS NOT NULL;

-- Where an action came from. ref_id points into the table named by kind (no foreign key, since
-- the kinds differ); parent_id is the visit of an obstacle, so the link still opens after the
-- obstacle is edited away. note keeps the quoted text.
CREATE TABLE action_origins (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL
    CHECK (kind IN ('visit', 'visit_obstacle', 'interview', 'insight', 'workshop', 'other')),
  ref_id TEXT,
  parent_id TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX action_origins_action ON action_origins(action_id, created_at);
CREATE INDEX action_origins_ref ON action_origins(kind, ref_id) WHERE ref_id IS NOT NULL;
CREATE INDEX action_origins_parent ON action_origins(parent_id) WHERE parent_id IS NOT NULL;

-- I14: who took part in working out the action (companies, politicians, officials).
CREATE TABLE action_contributors (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  stakeholder_id TEXT REFERENCES stakeholders(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('company', 'politician', 'official', 'other')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX action_contributors_action ON action_contributors(action_id);
CREATE INDEX action_contributors_stakeholder ON action_contributors(stakeholder_id)
  WHERE stakeholder_id IS NOT NULL;
`;

/** Actions are found by what, why, how, the responsible and the notes on how they ended. */
const actionsRegister: SearchRegister = {
  table: 'actions',
  kind: 'action',
  title: '$.what',
  body: "concat_ws(' ', $.why, $.how, $.responsible_name, $.dropped_reason, $.learning_note)",
};

export const migration008: Migration = {
  version: 8,
  name: 'actions',
  up(db) {
    db.exec(sql);
    db.exec(searchTriggers(actionsRegister));
    db.exec(inPlaceUpdateTrigger(actionsRegister));
  },
};
