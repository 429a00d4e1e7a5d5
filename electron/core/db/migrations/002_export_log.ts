// Runs in: main process / Node. The export log: which Word document was made, when, from which data.
import type { Migration } from './types';

const sql = /* sql */ `
-- One line per exported document. fingerprint = sha256 of the canonical JSON of the data the
-- builder was given, so "which version did KSAU get?" and "has the data changed since?" can be
-- answered later. options = the request (period, internal copy, draft, template) as JSON.
CREATE TABLE export_log (
  id TEXT PRIMARY KEY,
  document TEXT NOT NULL,
  options TEXT NOT NULL DEFAULT '{}',
  fingerprint TEXT NOT NULL,
  file_name TEXT NOT NULL,
  case_id TEXT,                    -- the matter (ärende) a tjänsteskrivelse belongs to, when any
  stage TEXT,                      -- the decision stage (KSAU, KS, KF, remiss) when any
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX export_log_created ON export_log(created_at DESC, id);
CREATE INDEX export_log_document ON export_log(document, created_at DESC);
CREATE INDEX export_log_case ON export_log(case_id, created_at DESC) WHERE case_id IS NOT NULL;
`;

export const migration002: Migration = {
  version: 2,
  name: 'export_log',
  up(db) {
    db.exec(sql);
  },
};
