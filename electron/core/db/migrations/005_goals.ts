// Runs in: main process / Node. Focus areas and goals with indicators, measurements and revisions:
// the red thread from programme to measured result (P03, P10, I07, I08, I17, F05, F08–F18).
import type { Migration } from './types';

const sql = /* sql */ `
-- Fokusområden. priority orders the chosen areas (1 = first, P10); candidates are still weighed by
-- impact vs effort (S13). agenda2030 is a JSON array of global goal numbers 1–17 (P18).
CREATE TABLE focus_areas (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  name TEXT NOT NULL,
  priority INTEGER NOT NULL DEFAULT 0,
  why TEXT NOT NULL DEFAULT '',
  vision_link TEXT NOT NULL DEFAULT '',          -- how the area serves the vision (P02)
  current_state TEXT NOT NULL DEFAULT '',        -- nuläge
  desired_state TEXT NOT NULL DEFAULT '',        -- önskat läge
  responsible_stakeholder_id TEXT REFERENCES stakeholders(id),
  responsible_name TEXT NOT NULL DEFAULT '',     -- copied or typed; cleared by a GDPR erase
  downturn_note TEXT NOT NULL DEFAULT '',        -- I17
  brand_note TEXT NOT NULL DEFAULT '',           -- P13
  impact INTEGER CHECK (impact BETWEEN 1 AND 5),
  effort INTEGER CHECK (effort BETWEEN 1 AND 5),
  priority_reason TEXT NOT NULL DEFAULT '',      -- S13
  candidate INTEGER NOT NULL DEFAULT 0 CHECK (candidate IN (0, 1)),
  agenda2030 TEXT NOT NULL DEFAULT '[]',
  swot_strength_note TEXT NOT NULL DEFAULT '',   -- I18
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX focus_areas_programme ON focus_areas(programme_id, candidate, priority)
  WHERE deleted_at IS NULL;
CREATE INDEX focus_areas_responsible ON focus_areas(responsible_stakeholder_id)
  WHERE responsible_stakeholder_id IS NOT NULL;

-- Mål. Programme goals and action-plan goals (I08), the latter pointing at the programme goal they
-- serve. The indicator lives on the goal: one goal, one measure, one series.
CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  focus_area_id TEXT REFERENCES focus_areas(id),
  parent_goal_id TEXT REFERENCES goals(id),
  level_kind TEXT NOT NULL DEFAULT 'programme' CHECK (level_kind IN ('programme', 'action_plan')),
  text TEXT NOT NULL,
  why TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT 'result' CHECK (type IN ('result', 'process', 'effect')),
  measure_level TEXT NOT NULL DEFAULT 'strategic'
    CHECK (measure_level IN ('strategic', 'tactical', 'operational')),
  horizon TEXT NOT NULL DEFAULT 'long' CHECK (horizon IN ('short', 'long')),
  influenceable INTEGER NOT NULL DEFAULT 1 CHECK (influenceable IN (0, 1)),
  quality_clear INTEGER NOT NULL DEFAULT 0 CHECK (quality_clear IN (0, 1)),
  quality_measurable INTEGER NOT NULL DEFAULT 0 CHECK (quality_measurable IN (0, 1)),
  quality_sustainable INTEGER NOT NULL DEFAULT 0 CHECK (quality_sustainable IN (0, 1)),
  quality_anchored INTEGER NOT NULL DEFAULT 0 CHECK (quality_anchored IN (0, 1)),
  agenda2030 TEXT NOT NULL DEFAULT '[]',
  indicator_name TEXT NOT NULL DEFAULT '',
  indicator_unit TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
  indicator_source TEXT NOT NULL DEFAULT 'other' CHECK (indicator_source IN
    ('ranking', 'nki', 'new_businesses', 'lead_time', 'own_survey', 'kolada', 'other')),
  indicator_source_note TEXT NOT NULL DEFAULT '',
  baseline_value REAL,
  baseline_date TEXT,              -- YYYY-MM-DD
  target_value REAL,
  target_date TEXT,                -- YYYY-MM-DD
  status_override TEXT CHECK (status_override IN ('green', 'yellow', 'red')),
  status_override_comment TEXT NOT NULL DEFAULT '',
  achieved_at TEXT,                -- YYYY-MM-DD, a result goal ticked off (F02)
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (status_override IS NULL OR status_override_comment <> '')
);
CREATE INDEX goals_programme ON goals(programme_id, focus_area_id) WHERE deleted_at IS NULL;
CREATE INDEX goals_focus_area ON goals(focus_area_id) WHERE focus_area_id IS NOT NULL;
CREATE INDEX goals_parent ON goals(parent_goal_id) WHERE parent_goal_id IS NOT NULL;

-- A dated series per goal (F05): the latest value on or after the baseline date sets the status.
CREATE TABLE goal_measurements (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES goals(id),
  date TEXT NOT NULL,              -- YYYY-MM-DD
  value REAL NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX goal_measurements_goal_date ON goal_measurements(goal_id, date, id)
  WHERE deleted_at IS NULL;

-- F08: every change of a goal's target, with the reason; written in the same transaction.
CREATE TABLE goal_revisions (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES goals(id),
  changed_at TEXT NOT NULL,
  old_target_value REAL,
  new_target_value REAL,
  old_target_date TEXT,
  new_target_date TEXT,
  reason TEXT NOT NULL CHECK (reason <> ''),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX goal_revisions_goal ON goal_revisions(goal_id, changed_at DESC);
`;

export const migration005: Migration = {
  version: 5,
  name: 'goals',
  up(db) {
    db.exec(sql);
  },
};
