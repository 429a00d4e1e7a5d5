// Runs in: main process / Node. The first schema: settings, registers, visits, imports, trash, search.
import { registers001, searchTriggers } from './searchIndexSql';
import type { Migration } from './types';

const sql = /* sql */ `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- The municipality's places (ort/by, A16): the coverage view compares them with where visits went.
CREATE TABLE localities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE companies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  org_number TEXT,                 -- normalised NNNNNN-NNNN
  sni_code TEXT,
  industry TEXT,
  size_class TEXT,
  locality TEXT,
  address TEXT,
  postal_code TEXT,
  city TEXT,
  website TEXT,
  phone TEXT,
  email TEXT,
  notes TEXT NOT NULL DEFAULT '',
  import_batch_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE UNIQUE INDEX companies_org_number ON companies(org_number) WHERE org_number IS NOT NULL;
CREATE INDEX companies_name ON companies(name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX companies_locality ON companies(locality, name) WHERE deleted_at IS NULL;

CREATE TABLE stakeholders (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
  name TEXT NOT NULL,
  organisation TEXT,
  role_title TEXT,
  phone TEXT,
  email TEXT,
  locality TEXT,
  notes TEXT NOT NULL DEFAULT '',
  key_actor INTEGER NOT NULL DEFAULT 0,
  champion INTEGER NOT NULL DEFAULT 0,
  legal_basis TEXT NOT NULL DEFAULT 'public_task',
  purpose TEXT NOT NULL DEFAULT '',
  company_id TEXT REFERENCES companies(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX stakeholders_name ON stakeholders(name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX stakeholders_company ON stakeholders(company_id);

CREATE TABLE stakeholder_categories (
  stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (stakeholder_id, category)
) WITHOUT ROWID;
CREATE INDEX stakeholder_categories_category ON stakeholder_categories(category);

CREATE TABLE company_contacts (
  company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (company_id, stakeholder_id)
) WITHOUT ROWID;
CREATE INDEX company_contacts_stakeholder ON company_contacts(stakeholder_id);

CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  visit_date TEXT NOT NULL,        -- YYYY-MM-DD
  locality TEXT,                   -- copied from the company when logged, for fast filtering
  purpose TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  our_participants TEXT NOT NULL DEFAULT '',
  follow_up_needed INTEGER NOT NULL DEFAULT 0,
  follow_up_note TEXT NOT NULL DEFAULT '',
  follow_up_done INTEGER NOT NULL DEFAULT 0,
  satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
  confidential INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX visits_date ON visits(visit_date DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX visits_locality_date ON visits(locality, visit_date DESC) WHERE deleted_at IS NULL;
CREATE INDEX visits_company_date ON visits(company_id, visit_date DESC);

CREATE TABLE visit_participants (
  id TEXT PRIMARY KEY,
  visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  stakeholder_id TEXT REFERENCES stakeholders(id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX visit_participants_visit ON visit_participants(visit_id);
CREATE INDEX visit_participants_stakeholder ON visit_participants(stakeholder_id);

CREATE TABLE visit_topics (
  visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (visit_id, topic)
) WITHOUT ROWID;
CREATE INDEX visit_topics_topic ON visit_topics(topic, visit_id);

-- Obstacles raised during a visit (hinder, S10); later issues track them and turn them into actions.
CREATE TABLE visit_obstacles (
  id TEXT PRIMARY KEY,
  visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX visit_obstacles_visit ON visit_obstacles(visit_id);

CREATE TABLE import_batches (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  file_name TEXT NOT NULL,
  inserted INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  undone_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- What an import changed, so the whole import can be undone (previous = JSON of the row before).
CREATE TABLE import_changes (
  batch_id TEXT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
  previous TEXT,
  PRIMARY KEY (batch_id, entity_id)
) WITHOUT ROWID;

-- Audit lines without personal data (GDPR erase, restores, imports).
CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  detail TEXT NOT NULL DEFAULT ''
);

-- Global search. FTS5 rowids are stable; search_map ties them to the record ids.
CREATE VIRTUAL TABLE search_fts USING fts5(
  kind UNINDEXED, ref_id UNINDEXED, title, body,
  tokenize = "unicode61 remove_diacritics 0 tokenchars '-'",
  prefix = '2 3 4'
);
CREATE TABLE search_map (
  ref_id TEXT PRIMARY KEY,
  fts_rowid INTEGER NOT NULL
) WITHOUT ROWID;
`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(sql);
    for (const register of registers001) db.exec(searchTriggers(register));
  },
};
