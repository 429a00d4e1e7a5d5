// Runs in: main process / Node. Communication (S18, P16, I02, I09, I24–I28, F22, F23, S19): the
// communication plan, the log of what was told and politician briefings with their participants.
import type { Migration } from './types';

const channels =
  "'meeting', 'newsletter', 'web', 'social', 'press', 'breakfast', 'visit', 'email', 'survey', 'event', 'other'";
// Audiences are a JSON array of ids (zod checks each one): a handful per row, counted with
// json_each for the channel spread. SQLite allows no subquery in a CHECK, so only the shape is kept.
const audienceCheck = "CHECK (json_valid(audiences) AND json_type(audiences) = 'array')";

const sql = /* sql */ `
-- One planned message (kommunikationsinsats). source_kind/source_id: the finished action or green
-- goal it tells about (I25), without a foreign key since the kinds differ.
CREATE TABLE communication_plan_items (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  message TEXT NOT NULL,
  why TEXT NOT NULL DEFAULT '',
  audiences TEXT NOT NULL DEFAULT '[]' ${audienceCheck},
  channel TEXT NOT NULL CHECK (channel IN (${channels})),
  planned_date TEXT,               -- YYYY-MM-DD
  period TEXT NOT NULL DEFAULT '', -- free text, e.g. 'Vår 2027'
  responsible_stakeholder_id TEXT REFERENCES stakeholders(id),
  responsible_name TEXT NOT NULL DEFAULT '',     -- copied or typed; replaced by a GDPR erase
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  upward INTEGER NOT NULL DEFAULT 0 CHECK (upward IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  source_kind TEXT CHECK (source_kind IN ('action', 'goal')),
  source_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK ((source_kind IS NULL) = (source_id IS NULL))
);
CREATE INDEX communication_plan_programme ON communication_plan_items(programme_id, planned_date)
  WHERE deleted_at IS NULL;
CREATE INDEX communication_plan_source ON communication_plan_items(source_kind, source_id)
  WHERE source_id IS NOT NULL;
CREATE INDEX communication_plan_responsible ON communication_plan_items(responsible_stakeholder_id)
  WHERE responsible_stakeholder_id IS NOT NULL;
CREATE INDEX communication_plan_trash ON communication_plan_items(deleted_at)
  WHERE deleted_at IS NOT NULL;

-- What was actually told, where and to whom (I27, I28, F23).
CREATE TABLE communication_log (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  date TEXT NOT NULL,              -- YYYY-MM-DD
  channel TEXT NOT NULL CHECK (channel IN (${channels})),
  audiences TEXT NOT NULL DEFAULT '[]' ${audienceCheck},
  what TEXT NOT NULL,
  reach TEXT NOT NULL DEFAULT '',
  plan_item_id TEXT REFERENCES communication_plan_items(id),
  upward INTEGER NOT NULL DEFAULT 0 CHECK (upward IN (0, 1)),
  source_kind TEXT CHECK (source_kind IN ('action', 'goal')),
  source_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK ((source_kind IS NULL) = (source_id IS NULL))
);
CREATE INDEX communication_log_programme ON communication_log(programme_id, date)
  WHERE deleted_at IS NULL;
CREATE INDEX communication_log_plan ON communication_log(plan_item_id)
  WHERE plan_item_id IS NOT NULL;
CREATE INDEX communication_log_source ON communication_log(source_kind, source_id)
  WHERE source_id IS NOT NULL;
CREATE INDEX communication_log_trash ON communication_log(deleted_at) WHERE deleted_at IS NOT NULL;

-- I09: keeping the politicians on the train. body is free text (KSAU, KS, KF, a nämnd, …).
CREATE TABLE politician_briefings (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  date TEXT NOT NULL,              -- YYYY-MM-DD
  body TEXT NOT NULL,
  topics TEXT NOT NULL DEFAULT '',
  reactions TEXT NOT NULL DEFAULT '',
  follow_up TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX politician_briefings_programme ON politician_briefings(programme_id, date)
  WHERE deleted_at IS NULL;
CREATE INDEX politician_briefings_trash ON politician_briefings(deleted_at)
  WHERE deleted_at IS NOT NULL;

CREATE TABLE politician_briefing_participants (
  id TEXT PRIMARY KEY,
  briefing_id TEXT NOT NULL REFERENCES politician_briefings(id) ON DELETE CASCADE,
  stakeholder_id TEXT REFERENCES stakeholders(id),
  name TEXT NOT NULL,              -- copied or typed; replaced by a GDPR erase
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX politician_briefing_participants_briefing
  ON politician_briefing_participants(briefing_id, position);
CREATE INDEX politician_briefing_participants_stakeholder
  ON politician_briefing_participants(stakeholder_id) WHERE stakeholder_id IS NOT NULL;
`;

export const migration012: Migration = {
  version: 12,
  name: 'communication',
  up(db) {
    db.exec(sql);
  },
};
