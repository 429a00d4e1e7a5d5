// Runs in: main process / Node. Interviews (S14) and insights with their sources, which the SWOT
// board and the obstacle list are built from (S01, S10, I18).
import type { Migration } from './types';

const sql = /* sql */ `
-- A reusable interview guide (intervjuguide): the same basic questions to everyone, so answers compare.
CREATE TABLE interview_guides (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX interview_guides_name ON interview_guides(name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE interview_questions (
  id TEXT PRIMARY KEY,
  guide_id TEXT NOT NULL REFERENCES interview_guides(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX interview_questions_guide ON interview_questions(guide_id, position);

-- The person and company links go to NULL when those are erased for good (GDPR): the interview
-- stays, and the erase code blanks interviewee_name.
CREATE TABLE interviews (
  id TEXT PRIMARY KEY,
  programme_id TEXT REFERENCES programmes(id),
  guide_id TEXT REFERENCES interview_guides(id),
  date TEXT NOT NULL,              -- YYYY-MM-DD
  interviewee_stakeholder_id TEXT REFERENCES stakeholders(id) ON DELETE SET NULL,
  interviewee_name TEXT NOT NULL,
  company_id TEXT REFERENCES companies(id) ON DELETE SET NULL,
  organisation TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX interviews_date ON interviews(date DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX interviews_guide ON interviews(guide_id, date DESC) WHERE deleted_at IS NULL;
CREATE INDEX interviews_programme ON interviews(programme_id, date DESC) WHERE deleted_at IS NULL;
CREATE INDEX interviews_stakeholder ON interviews(interviewee_stakeholder_id)
  WHERE interviewee_stakeholder_id IS NOT NULL;
CREATE INDEX interviews_company ON interviews(company_id) WHERE company_id IS NOT NULL;

CREATE TABLE interview_themes (
  interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  theme TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (interview_id, theme)
) WITHOUT ROWID;
CREATE INDEX interview_themes_theme ON interview_themes(theme, interview_id);

-- question_text is copied when the answer is written, so editing the guide later never changes
-- what an old interview says was asked.
CREATE TABLE interview_answers (
  id TEXT PRIMARY KEY,
  interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  question_id TEXT REFERENCES interview_questions(id) ON DELETE SET NULL,
  question_text TEXT NOT NULL,
  answer TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX interview_answers_interview ON interview_answers(interview_id, position);
CREATE INDEX interview_answers_question ON interview_answers(question_id)
  WHERE question_id IS NOT NULL;

-- An observation (insikt). The obstacle columns are set only for type 'obstacle' (hinder), which
-- is tracked until it is removed.
CREATE TABLE insights (
  id TEXT PRIMARY KEY,
  programme_id TEXT REFERENCES programmes(id),
  type TEXT NOT NULL CHECK (type IN
    ('strength', 'weakness', 'opportunity', 'threat', 'obstacle', 'need', 'idea')),
  text TEXT NOT NULL,
  obstacle_status TEXT CHECK (obstacle_status IN ('open', 'in_progress', 'removed')),
  obstacle_owner TEXT NOT NULL DEFAULT '',
  obstacle_removed_date TEXT,      -- YYYY-MM-DD
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX insights_type ON insights(type, created_at) WHERE deleted_at IS NULL;
CREATE INDEX insights_programme_type ON insights(programme_id, type) WHERE deleted_at IS NULL;

-- Where an insight was raised. ref_id points into the table named by kind (no foreign key, since
-- the kinds differ); parent_id is the visit of an obstacle or the interview of an answer, so the
-- link still works after the obstacle or answer is edited away. excerpt keeps the quoted text.
CREATE TABLE insight_sources (
  id TEXT PRIMARY KEY,
  insight_id TEXT NOT NULL REFERENCES insights(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN
    ('visit', 'visit_obstacle', 'interview', 'interview_answer', 'workshop', 'statistics', 'other')),
  ref_id TEXT,
  parent_id TEXT,
  excerpt TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX insight_sources_insight ON insight_sources(insight_id, created_at);
CREATE INDEX insight_sources_ref ON insight_sources(ref_id) WHERE ref_id IS NOT NULL;
CREATE INDEX insight_sources_parent ON insight_sources(parent_id) WHERE parent_id IS NOT NULL;
`;

/**
 * Keeps search_fts in sync with interviews like 001_initial does for the registers. Answers and
 * themes are written after the interview row; the query module touches the row afterwards so the
 * update trigger indexes them.
 */
const title = "concat_ws(', ', $.interviewee_name, nullif($.organisation, ''))";
const body =
  "concat_ws(' ', $.date, $.notes, " +
  "(SELECT group_concat(theme, ' ') FROM interview_themes WHERE interview_id = $.id), " +
  "(SELECT group_concat(answer, ' ') FROM interview_answers WHERE interview_id = $.id))";

function put(row: string): string {
  return `
    INSERT INTO search_fts(kind, ref_id, title, body)
      SELECT 'interview', ${row}.id, ${title.replaceAll('$', row)}, ${body.replaceAll('$', row)}
      WHERE ${row}.deleted_at IS NULL;
    INSERT INTO search_map(ref_id, fts_rowid) SELECT ${row}.id, last_insert_rowid()
      WHERE ${row}.deleted_at IS NULL;`;
}

function drop(row: string): string {
  return `
    DELETE FROM search_fts WHERE rowid = (SELECT fts_rowid FROM search_map WHERE ref_id = ${row}.id);
    DELETE FROM search_map WHERE ref_id = ${row}.id;`;
}

const triggers = `
CREATE TRIGGER interviews_search_ai AFTER INSERT ON interviews BEGIN ${put('new')} END;
CREATE TRIGGER interviews_search_au AFTER UPDATE ON interviews BEGIN ${drop('old')} ${put('new')} END;
CREATE TRIGGER interviews_search_ad AFTER DELETE ON interviews BEGIN ${drop('old')} END;`;

export const migration004: Migration = {
  version: 4,
  name: 'interviews_insights',
  up(db) {
    db.exec(sql);
    db.exec(triggers);
  },
};
