// Runs in: main process / Node. Samhandlingstrappan (S20, I21), självbild vs företagens bild (I34,
// S19) and the programme's gemensamma målbild with who stood behind it (P05, I03).
import { defaultSelfImageStatements } from '../../../../shared/domain/selfImage';
import { defaultStaircaseLevels } from '../../../../shared/domain/staircase';
import type { Migration } from './types';

const DEFAULTS_WRITTEN_AT = '2026-01-01T00:00:00.000Z';

const sql = /* sql */ `
-- The municipality's staircase: renamed, added and reordered by the officer. position 1 = lowest.
CREATE TABLE staircase_levels (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX staircase_levels_name ON staircase_levels(name COLLATE NOCASE);

-- One dated judgement of a relation. The newest date (then the newest row) is the current level.
-- judged_by is free text: the officer, the working group, a named colleague.
CREATE TABLE staircase_assessments (
  id TEXT PRIMARY KEY,
  stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),
  level_id TEXT NOT NULL REFERENCES staircase_levels(id),
  date TEXT NOT NULL,              -- YYYY-MM-DD
  note TEXT NOT NULL DEFAULT '',
  judged_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX staircase_assessments_stakeholder
  ON staircase_assessments(stakeholder_id, date DESC, created_at DESC);
CREATE INDEX staircase_assessments_level ON staircase_assessments(level_id);

CREATE TABLE self_image_statements (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX self_image_statements_text ON self_image_statements(text COLLATE NOCASE);

-- Someone who scored the statements: a company (at a visit or in a survey) or one of the
-- municipality's own people. A visit has at most one respondent; erasing the visit erases it.
CREATE TABLE self_image_respondents (
  id TEXT PRIMARY KEY,
  side TEXT NOT NULL CHECK (side IN ('company', 'municipality')),
  name TEXT NOT NULL,
  role TEXT CHECK (role IN ('official', 'politician', 'other')),
  company_id TEXT REFERENCES companies(id) ON DELETE SET NULL,
  stakeholder_id TEXT REFERENCES stakeholders(id),
  visit_id TEXT REFERENCES visits(id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('visit', 'survey', 'manual')),
  survey_name TEXT NOT NULL DEFAULT '',
  answered_on TEXT NOT NULL,       -- YYYY-MM-DD
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (side = 'municipality' OR role IS NULL)
);
CREATE UNIQUE INDEX self_image_respondents_visit ON self_image_respondents(visit_id)
  WHERE visit_id IS NOT NULL;
CREATE INDEX self_image_respondents_company ON self_image_respondents(company_id)
  WHERE company_id IS NOT NULL;
CREATE INDEX self_image_respondents_stakeholder ON self_image_respondents(stakeholder_id)
  WHERE stakeholder_id IS NOT NULL;

CREATE TABLE self_image_scores (
  respondent_id TEXT NOT NULL REFERENCES self_image_respondents(id) ON DELETE CASCADE,
  statement_id TEXT NOT NULL REFERENCES self_image_statements(id),
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (respondent_id, statement_id)
) WITHOUT ROWID;
CREATE INDEX self_image_scores_statement ON self_image_scores(statement_id);

-- Gemensam målbild: one text per programme, and the occasions where people stood behind it.
CREATE TABLE goal_pictures (
  programme_id TEXT PRIMARY KEY REFERENCES programmes(id) ON DELETE CASCADE,
  text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE goal_picture_endorsements (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  occasion TEXT NOT NULL,
  date TEXT NOT NULL,              -- YYYY-MM-DD
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX goal_picture_endorsements_programme ON goal_picture_endorsements(programme_id, date);

CREATE TABLE goal_picture_endorsers (
  id TEXT PRIMARY KEY,
  endorsement_id TEXT NOT NULL REFERENCES goal_picture_endorsements(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  stakeholder_id TEXT REFERENCES stakeholders(id),
  name TEXT NOT NULL,              -- copied or typed; replaced by a GDPR erase
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX goal_picture_endorsers_endorsement ON goal_picture_endorsers(endorsement_id, position);
CREATE INDEX goal_picture_endorsers_stakeholder ON goal_picture_endorsers(stakeholder_id)
  WHERE stakeholder_id IS NOT NULL;
`;

export const migration011: Migration = {
  version: 11,
  name: 'staircase_selfimage',
  up(db) {
    db.exec(sql);
    // The default rows are the same in every database (ids and times), so databases merge cleanly
    // and the demo database is the same on every run.
    const now = DEFAULTS_WRITTEN_AT;
    const level = db.prepare(
      `INSERT INTO staircase_levels (id, position, name, description, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    defaultStaircaseLevels.forEach((l, i) =>
      level.run(l.id, i + 1, l.name, l.description, now, now),
    );
    const statement = db.prepare(
      `INSERT INTO self_image_statements (id, position, text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    defaultSelfImageStatements.forEach((text, i) =>
      statement.run(`self-image-statement-${i + 1}`, i + 1, text, now, now),
    );
  },
};
