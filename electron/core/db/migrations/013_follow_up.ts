// Runs in: main process / Node. Follow-up (uppföljning): the cadence per programme (I38), follow-up
// records with snapshots of goals and actions (F04, F21, F25), process check-ins (F20) and lessons
// learned linked to goals and actions (F06, F07).
import type { Migration } from './types';

const sql = /* sql */ `
CREATE TABLE follow_up_settings (
  programme_id TEXT PRIMARY KEY REFERENCES programmes(id),
  cadence TEXT NOT NULL DEFAULT 'quarterly'
    CHECK (cadence IN ('monthly', 'quarterly', 'tertial', 'half_year', 'year')),
  start_date TEXT NOT NULL,        -- YYYY-MM-DD; the first period holds it
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One follow-up (uppföljningstillfälle) per period. A closed record is read-only until reopened
-- with a reason; the snapshot tables below keep what the statuses were when it was written.
CREATE TABLE follow_ups (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  period_key TEXT NOT NULL,        -- '2026-K1', '2026-03', '2026-T2', '2026-H1', '2026'
  cadence TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  held_on TEXT,                    -- YYYY-MM-DD
  meeting_ref TEXT NOT NULL DEFAULT '',   -- the meeting it was held at, as free text
  summary TEXT NOT NULL DEFAULT '',
  dropped_notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'closed')),
  snapshot_at TEXT NOT NULL,
  closed_at TEXT,
  reopened_at TEXT,
  reopen_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX follow_ups_programme ON follow_ups(programme_id, period_start DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX follow_ups_trash ON follow_ups(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE follow_up_participants (
  id TEXT PRIMARY KEY,
  follow_up_id TEXT NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
  stakeholder_id TEXT REFERENCES stakeholders(id),
  name TEXT NOT NULL,              -- copied or typed; replaced by a GDPR erase
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX follow_up_participants_record ON follow_up_participants(follow_up_id);
CREATE INDEX follow_up_participants_stakeholder ON follow_up_participants(stakeholder_id)
  WHERE stakeholder_id IS NOT NULL;

-- Snapshots keep the goal's or action's id without a foreign key: the judgement must survive the
-- goal or action being erased later, with the text it had.
CREATE TABLE follow_up_goal_judgements (
  follow_up_id TEXT NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
  goal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  goal_text TEXT NOT NULL,
  focus_area_name TEXT,
  status TEXT NOT NULL CHECK (status IN ('green', 'yellow', 'red', 'unknown')),
  status_reason_sv TEXT NOT NULL DEFAULT '',
  status_reason_en TEXT NOT NULL DEFAULT '',
  reached INTEGER NOT NULL DEFAULT 0 CHECK (reached IN (0, 1)),
  latest_value REAL,
  latest_date TEXT,
  comment TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (follow_up_id, goal_id)
) WITHOUT ROWID;

CREATE TABLE follow_up_action_judgements (
  follow_up_id TEXT NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  what TEXT NOT NULL,
  focus_area_name TEXT,
  status TEXT NOT NULL,
  dropped_reason TEXT NOT NULL DEFAULT '',
  dropped_in_period INTEGER NOT NULL DEFAULT 0 CHECK (dropped_in_period IN (0, 1)),
  done_in_period INTEGER NOT NULL DEFAULT 0 CHECK (done_in_period IN (0, 1)),
  comment TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (follow_up_id, action_id)
) WITHOUT ROWID;

-- F20: how we work against how we said we would.
CREATE TABLE follow_up_checkins (
  follow_up_id TEXT NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  answer TEXT CHECK (answer IN ('yes', 'partly', 'not_yet')),
  comment TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (follow_up_id, question_id)
) WITHOUT ROWID;

-- Lärdomar (F04, F06, F07): linked to the goal or action they came from, and to the action they
-- created or change.
CREATE TABLE follow_up_lessons (
  id TEXT PRIMARY KEY,
  follow_up_id TEXT NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  goal_id TEXT REFERENCES goals(id),
  action_id TEXT REFERENCES actions(id),
  outcome TEXT NOT NULL DEFAULT 'none' CHECK (outcome IN ('none', 'new_action', 'changed_action')),
  result_action_id TEXT REFERENCES actions(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX follow_up_lessons_record ON follow_up_lessons(follow_up_id, created_at);
CREATE INDEX follow_up_lessons_goal ON follow_up_lessons(goal_id) WHERE goal_id IS NOT NULL;
CREATE INDEX follow_up_lessons_action ON follow_up_lessons(action_id) WHERE action_id IS NOT NULL;
CREATE INDEX follow_up_lessons_result ON follow_up_lessons(result_action_id)
  WHERE result_action_id IS NOT NULL;
`;

export const migration013: Migration = {
  version: 13,
  name: 'follow_up',
  up(db) {
    db.exec(sql);
  },
};
