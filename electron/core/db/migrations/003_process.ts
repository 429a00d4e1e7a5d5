// Runs in: main process / Node. Programmes, the process wizard's per-step state, mandate and the
// anchoring log (S08, S09, S11, S21, I01, I05, I33).
import type { Migration } from './types';

const sql = /* sql */ `
-- A business programme (näringslivsprogram). Several can exist (the current one and its revision);
-- exactly one at a time may carry is_current = 1 (partial unique index below).
CREATE TABLE programmes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  period_start TEXT NOT NULL,      -- 'YYYY' or 'YYYY-MM-DD'
  period_end TEXT NOT NULL,        -- 'YYYY' or 'YYYY-MM-DD'
  status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'remiss', 'decided', 'adopted', 'archived')),
  owner_body TEXT NOT NULL DEFAULT '',              -- political owner, e.g. Kommunstyrelsen
  commission_text TEXT NOT NULL DEFAULT '',         -- the uppdrag as written in the decision
  commission_decision_ref TEXT NOT NULL DEFAULT '', -- e.g. 'KS 2026-03-12 § 45'
  process_leader_stakeholder_id TEXT REFERENCES stakeholders(id),
  process_leader_name TEXT NOT NULL DEFAULT '',
  mandate_text TEXT NOT NULL DEFAULT '',
  mandate_source TEXT NOT NULL DEFAULT '',
  purpose_text TEXT NOT NULL DEFAULT '',            -- 'Vad vill vi och varför?' (S11)
  why_text TEXT NOT NULL DEFAULT '',
  vision_text TEXT NOT NULL DEFAULT '',
  is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE UNIQUE INDEX programmes_one_current ON programmes(is_current)
  WHERE is_current = 1 AND deleted_at IS NULL;
CREATE INDEX programmes_period ON programmes(period_start DESC, name) WHERE deleted_at IS NULL;
CREATE INDEX programmes_leader ON programmes(process_leader_stakeholder_id)
  WHERE process_leader_stakeholder_id IS NOT NULL;

-- Per programme and catalogue step (shared/process): a missing row means 'not_started'.
CREATE TABLE process_step_states (
  programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  step_id TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'not_started'
    CHECK (status IN ('not_started', 'in_progress', 'done', 'not_relevant')),
  not_relevant_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  due_date TEXT,                   -- YYYY-MM-DD
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (programme_id, step_id)
) WITHOUT ROWID;

CREATE TABLE process_checklist_ticks (
  programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  step_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (programme_id, step_id, item_id)
) WITHOUT ROWID;

-- Who was informed or consulted, when, how, and how they reacted (förankring, S21/I05).
CREATE TABLE anchoring_log (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  date TEXT NOT NULL,              -- YYYY-MM-DD
  stakeholder_id TEXT REFERENCES stakeholders(id),
  who TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',   -- the body or group, e.g. 'KSAU', 'Företagarna'
  internal_external TEXT NOT NULL CHECK (internal_external IN ('internal', 'external')),
  how TEXT NOT NULL CHECK (how IN ('möte', 'e-post', 'presentation', 'telefon', 'workshop', 'annat')),
  topic TEXT NOT NULL DEFAULT '',
  reaction TEXT NOT NULL DEFAULT '',
  reaction_kind TEXT CHECK (reaction_kind IN ('positiv', 'neutral', 'kritisk')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX anchoring_log_programme_date ON anchoring_log(programme_id, date DESC, id)
  WHERE deleted_at IS NULL;
CREATE INDEX anchoring_log_stakeholder ON anchoring_log(stakeholder_id)
  WHERE stakeholder_id IS NOT NULL;
`;

export const migration003: Migration = {
  version: 3,
  name: 'process',
  up(db) {
    db.exec(sql);
  },
};
