// Runs in: main process / Node. Groups (arbetsgrupp, referensgrupper, styrgrupp) with members, the
// programme's meetings with participants, agenda, questions and outcomes (S12, S17, S23, S24,
// I22, I23, I36, F21), and 'meeting' as a source of insights.
import type { Migration } from './types';

const sql = /* sql */ `
CREATE TABLE work_groups (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  kind TEXT NOT NULL CHECK (kind IN ('working', 'reference', 'steering', 'other')),
  name TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX work_groups_programme ON work_groups(programme_id, kind) WHERE deleted_at IS NULL;
CREATE INDEX work_groups_trash ON work_groups(deleted_at) WHERE deleted_at IS NOT NULL;

-- Members come from the stakeholder register: their actor categories drive the composition check.
CREATE TABLE work_group_members (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES work_groups(id) ON DELETE CASCADE,
  stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),
  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('convener', 'member', 'adjunct', 'secretary')),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (group_id, stakeholder_id)
);
CREATE INDEX work_group_members_stakeholder ON work_group_members(stakeholder_id);

-- Not the committee calendar (table meetings): the programme's own meetings and workshops.
CREATE TABLE process_meetings (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  kind TEXT NOT NULL
    CHECK (kind IN ('kickoff', 'workshop', 'working_group', 'reference_group', 'follow_up', 'other')),
  title TEXT NOT NULL,
  date TEXT NOT NULL,              -- YYYY-MM-DD
  time TEXT,                       -- HH:MM
  place TEXT NOT NULL DEFAULT '',
  group_id TEXT REFERENCES work_groups(id),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX process_meetings_programme ON process_meetings(programme_id, date)
  WHERE deleted_at IS NULL;
CREATE INDEX process_meetings_group ON process_meetings(group_id) WHERE group_id IS NOT NULL;
CREATE INDEX process_meetings_trash ON process_meetings(deleted_at) WHERE deleted_at IS NOT NULL;

-- A known stakeholder or a typed name; the name is copied so the list reads the same later.
CREATE TABLE process_meeting_participants (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES process_meetings(id) ON DELETE CASCADE,
  stakeholder_id TEXT REFERENCES stakeholders(id),
  name TEXT NOT NULL,
  attended INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX process_meeting_participants_meeting ON process_meeting_participants(meeting_id);
CREATE INDEX process_meeting_participants_stakeholder ON process_meeting_participants(stakeholder_id)
  WHERE stakeholder_id IS NOT NULL;

-- Agenda points, questions asked and outcomes, each in its own order. An outcome turned into an
-- insight keeps the link here; the insight cites the meeting as its source.
CREATE TABLE process_meeting_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES process_meetings(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('agenda', 'question', 'outcome')),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  insight_id TEXT REFERENCES insights(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX process_meeting_items_meeting ON process_meeting_items(meeting_id, kind, position);
CREATE INDEX process_meeting_items_insight ON process_meeting_items(insight_id)
  WHERE insight_id IS NOT NULL;

-- SQLite cannot widen a CHECK in place: insight_sources is rebuilt with 'meeting' allowed.
CREATE TABLE insight_sources_new (
  id TEXT PRIMARY KEY,
  insight_id TEXT NOT NULL REFERENCES insights(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('visit', 'visit_obstacle', 'interview', 'interview_answer',
    'workshop', 'statistics', 'other', 'meeting')),
  ref_id TEXT,
  parent_id TEXT,
  excerpt TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO insight_sources_new
  SELECT id, insight_id, kind, ref_id, parent_id, excerpt, note, created_at, updated_at
  FROM insight_sources;
DROP TABLE insight_sources;
ALTER TABLE insight_sources_new RENAME TO insight_sources;
CREATE INDEX insight_sources_insight ON insight_sources(insight_id, created_at);
CREATE INDEX insight_sources_ref ON insight_sources(ref_id) WHERE ref_id IS NOT NULL;
CREATE INDEX insight_sources_parent ON insight_sources(parent_id) WHERE parent_id IS NOT NULL;
`;

export const migration009: Migration = {
  version: 9,
  name: 'groups_meetings',
  up(db) {
    db.exec(sql);
  },
};
