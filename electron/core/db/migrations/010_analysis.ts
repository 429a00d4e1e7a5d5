// Runs in: main process / Node. The analysis material of a programme (S02–S07, P12, P17):
// statistics indicators with yearly values and comparison series, the analysis texts with their
// sources, nuläge and önskat läge at programme level, the steering documents register with the
// focus areas' links to it, and the policy check (avstämning mot policydokument).
import type { Migration } from './types';

const sql = /* sql */ `
-- One key figure (nyckeltal). source: kolada, scb, own or other; kpi_id is Kolada's id (N01951).
-- area_code/area_name: the municipality the main series is about (e.g. 2380 Östersund).
CREATE TABLE statistics_indicators (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'own' CHECK (source IN ('kolada', 'scb', 'own', 'other')),
  kpi_id TEXT NOT NULL DEFAULT '',
  area_code TEXT NOT NULL DEFAULT '',
  area_name TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX statistics_indicators_programme ON statistics_indicators(programme_id, name)
  WHERE deleted_at IS NULL;
CREATE INDEX statistics_indicators_trash ON statistics_indicators(deleted_at)
  WHERE deleted_at IS NOT NULL;

-- One value per indicator, series and year. series '' is the indicator's own area; any other
-- name is a comparison series such as 'Riket' or 'Jämtlands län'.
CREATE TABLE statistics_values (
  indicator_id TEXT NOT NULL REFERENCES statistics_indicators(id) ON DELETE CASCADE,
  series TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  value REAL NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (indicator_id, series, year)
) WITHOUT ROWID;

-- The analysis texts of a programme: omvärldsanalys (external), nulägesanalys (current), a free
-- 'annan analys' (other), and the programme's nuläge (state_now) and önskat läge (state_wanted).
CREATE TABLE analysis_texts (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  kind TEXT NOT NULL
    CHECK (kind IN ('external', 'current', 'other', 'state_now', 'state_wanted')),
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (programme_id, kind)
);

-- A source attached to an analysis text (title, publisher, year, URL or file reference, note).
CREATE TABLE analysis_sources (
  id TEXT PRIMARY KEY,
  text_id TEXT NOT NULL REFERENCES analysis_texts(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL DEFAULT '',
  year INTEGER CHECK (year BETWEEN 1900 AND 2100),
  reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX analysis_sources_text ON analysis_sources(text_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX analysis_sources_trash ON analysis_sources(deleted_at) WHERE deleted_at IS NOT NULL;

-- The steering documents register (S06).
CREATE TABLE steering_documents (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'other'
    CHECK (kind IN ('vision', 'comprehensive_plan', 'regional_strategy', 'policy', 'programme', 'other')),
  owner TEXT NOT NULL DEFAULT '',
  adopted_date TEXT,               -- YYYY-MM-DD
  valid_until TEXT,                -- YYYY-MM-DD
  reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  -- The policy check (S07): checked or not, when, what conflicts were noted.
  checked INTEGER NOT NULL DEFAULT 0 CHECK (checked IN (0, 1)),
  checked_date TEXT,
  conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
  conflict_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (valid_until IS NULL OR adopted_date IS NULL OR valid_until >= adopted_date)
);
CREATE INDEX steering_documents_programme ON steering_documents(programme_id, title)
  WHERE deleted_at IS NULL;
CREATE INDEX steering_documents_trash ON steering_documents(deleted_at) WHERE deleted_at IS NOT NULL;

-- Which steering documents a focus area builds on.
CREATE TABLE focus_area_steering_documents (
  focus_area_id TEXT NOT NULL REFERENCES focus_areas(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES steering_documents(id) ON DELETE CASCADE,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (focus_area_id, document_id)
) WITHOUT ROWID;
CREATE INDEX focus_area_steering_documents_document ON focus_area_steering_documents(document_id);
`;

export const migration010: Migration = {
  version: 10,
  name: 'analysis',
  up(db) {
    db.exec(sql);
  },
};
