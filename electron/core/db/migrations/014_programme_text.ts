// Runs in: main process / Node. The programme's own text per document section, sections left out
// on purpose, the first page's metadata and the confirmed roles (P01–P19, P06, I31).
import type { Migration } from './types';

const sql = /* sql */ `
-- One text per section of the programme document (shared/process/documentSections.ts). A section
-- left out is not printed; the reason stays for the record. The 'why' section's text lives on the
-- programme itself (programmes.why_text): only its left-out mark is kept here.
CREATE TABLE programme_texts (
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  section_id TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  left_out INTEGER NOT NULL DEFAULT 0 CHECK (left_out IN (0, 1)),
  left_out_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (programme_id, section_id),
  CHECK (left_out = 0 OR left_out_reason <> '')
) WITHOUT ROWID;

-- What the first page says besides the programme's own fields: who revises it, who follows it up.
CREATE TABLE programme_document_meta (
  programme_id TEXT PRIMARY KEY REFERENCES programmes(id),
  revised_by TEXT NOT NULL DEFAULT '',
  followed_up_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- I31: the roles table is built from the action plan and the groups; what is stored is that a
-- role was confirmed with the person or organisation, and when. role_key is 'stakeholder:<id>'
-- or 'name:<lower-case name>'.
CREATE TABLE programme_role_confirmations (
  programme_id TEXT NOT NULL REFERENCES programmes(id),
  role_key TEXT NOT NULL,
  confirmed_date TEXT NOT NULL,    -- YYYY-MM-DD
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (programme_id, role_key)
) WITHOUT ROWID;
`;

export const migration014: Migration = {
  version: 14,
  name: 'programme_text',
  up(db) {
    db.exec(sql);
  },
};
