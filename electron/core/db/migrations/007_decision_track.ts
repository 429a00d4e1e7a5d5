// Runs in: main process / Node. The decision track (S26): the meeting calendar, cases (ärenden) with
// their stages remiss → KSAU → KS → KF, the remiss round, and a programme's adoption data.
import type { Migration } from './types';

const sql = /* sql */ `
-- What KF decided when it adopted the programme; shown on the programme document's first page.
ALTER TABLE programmes ADD COLUMN adopted_date TEXT;                       -- YYYY-MM-DD
ALTER TABLE programmes ADD COLUMN adopted_paragraph TEXT NOT NULL DEFAULT ''; -- §
ALTER TABLE programmes ADD COLUMN adopted_dnr TEXT NOT NULL DEFAULT '';

-- The municipality's meeting dates (sammanträdesplan) and each meeting's document deadline.
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (body IN ('ksau', 'ks', 'kf')),
  date TEXT NOT NULL,              -- YYYY-MM-DD
  deadline_working_days INTEGER NOT NULL CHECK (deadline_working_days BETWEEN 0 AND 60),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX meetings_body_date ON meetings(body, date) WHERE deleted_at IS NULL;
CREATE INDEX meetings_date ON meetings(date, body) WHERE deleted_at IS NULL;

-- A matter for a political decision (ärende): adoption, revision, follow-up or remiss, and the
-- officer's memo text (tjänsteskrivelse). Each consequence has a "not affected" flag: the memo
-- says "Bedöms inte påverkas." only when the officer chose it.
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  programme_id TEXT REFERENCES programmes(id),
  kind TEXT NOT NULL CHECK (kind IN ('adoption', 'revision', 'follow_up', 'remiss')),
  dnr TEXT NOT NULL DEFAULT '',    -- e.g. 'KS 2027/123'
  title TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'preparation'
    CHECK (status IN ('preparation', 'remiss', 'ksau', 'ks', 'kf', 'adopted', 'closed')),
  target_kf_meeting_id TEXT REFERENCES meetings(id),
  remiss_weeks INTEGER NOT NULL DEFAULT 6 CHECK (remiss_weeks BETWEEN 0 AND 26),
  summary TEXT NOT NULL DEFAULT '',
  background TEXT NOT NULL DEFAULT '',
  assessment TEXT NOT NULL DEFAULT '',
  consequences_economy TEXT NOT NULL DEFAULT '',
  consequences_economy_not_affected INTEGER NOT NULL DEFAULT 0
    CHECK (consequences_economy_not_affected IN (0, 1)),
  consequences_agenda2030 TEXT NOT NULL DEFAULT '',
  consequences_agenda2030_not_affected INTEGER NOT NULL DEFAULT 0
    CHECK (consequences_agenda2030_not_affected IN (0, 1)),
  consequences_children TEXT NOT NULL DEFAULT '',
  consequences_children_not_affected INTEGER NOT NULL DEFAULT 0
    CHECK (consequences_children_not_affected IN (0, 1)),
  consequences_equality TEXT NOT NULL DEFAULT '',
  consequences_equality_not_affected INTEGER NOT NULL DEFAULT 0
    CHECK (consequences_equality_not_affected IN (0, 1)),
  consequences_dialogue TEXT NOT NULL DEFAULT '',
  consequences_dialogue_not_affected INTEGER NOT NULL DEFAULT 0
    CHECK (consequences_dialogue_not_affected IN (0, 1)),
  proposal_extra TEXT NOT NULL DEFAULT '',   -- extra decision points, one sentence per line
  remiss_overview TEXT NOT NULL DEFAULT '',  -- the overall picture of the remiss replies
  send_to TEXT NOT NULL DEFAULT '',          -- beslutet skickas till, one per line
  signer_name TEXT NOT NULL DEFAULT '',      -- förvaltningschef / kommundirektör
  signer_title TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX cases_updated ON cases(updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX cases_programme ON cases(programme_id) WHERE programme_id IS NOT NULL;
CREATE INDEX cases_target ON cases(target_kf_meeting_id) WHERE target_kf_meeting_id IS NOT NULL;
CREATE INDEX cases_trash ON cases(deleted_at) WHERE deleted_at IS NOT NULL;

-- One handling of the case by a body. An återremiss keeps its row (with the reason) and the case
-- goes back to preparation; the next round adds new rows.
CREATE TABLE case_stages (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  body TEXT NOT NULL CHECK (body IN ('remiss', 'ksau', 'ks', 'kf')),
  meeting_id TEXT REFERENCES meetings(id),
  meeting_date TEXT,               -- YYYY-MM-DD
  submitted_date TEXT,             -- YYYY-MM-DD
  paragraph TEXT NOT NULL DEFAULT '',
  decision_text TEXT NOT NULL DEFAULT '',
  outcome TEXT CHECK (outcome IN ('bifall', 'aterremiss', 'bordlaggning', 'avslag')),
  outcome_reason TEXT NOT NULL DEFAULT '',
  protocol_ref TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX case_stages_case ON case_stages(case_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX case_stages_meeting ON case_stages(meeting_id) WHERE meeting_id IS NOT NULL;

-- Who the draft was sent to on remiss, and their reply. stakeholder_id is purged by GDPR erase.
CREATE TABLE remiss_instances (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  stakeholder_id TEXT REFERENCES stakeholders(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('nämnd', 'parti', 'organisation', 'företag', 'annan')),
  sent_date TEXT,                  -- YYYY-MM-DD
  deadline TEXT,                   -- YYYY-MM-DD
  reply_received_date TEXT,        -- YYYY-MM-DD; NULL while no reply has come
  reply_summary TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX remiss_instances_case ON remiss_instances(case_id, name COLLATE NOCASE)
  WHERE deleted_at IS NULL;
CREATE INDEX remiss_instances_waiting ON remiss_instances(deadline)
  WHERE deleted_at IS NULL AND reply_received_date IS NULL;
CREATE INDEX remiss_instances_stakeholder ON remiss_instances(stakeholder_id)
  WHERE stakeholder_id IS NOT NULL;

-- One comment of a reply, the municipality's position and what changed in the draft.
CREATE TABLE remiss_comments (
  id TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL REFERENCES remiss_instances(id),
  section TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  change_kind TEXT CHECK (change_kind IN ('andring', 'ingen_andring')),
  change_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX remiss_comments_instance ON remiss_comments(instance_id, created_at)
  WHERE deleted_at IS NULL;
`;

export const migration007: Migration = {
  version: 7,
  name: 'decision-track',
  up(db) {
    db.exec(sql);
  },
};
