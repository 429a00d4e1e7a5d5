// Runs in: main process / Node. Health checks of the analysis: obstacles without anyone
// responsible (S10), policy documents not checked (S07) and key actors without a level on the
// cooperation staircase (S20, I21).
import { cachedStatement } from '../../search/cachedStatement';
import { screens } from '../routes';
import { type Evaluator, fromItems, notRecordedYet, same, tableExists } from '../types';

/** Obstacles of the programme (or of no programme yet) still open and with no one carrying them. */
const openObstacles: Evaluator = ({ db, programmeId }) => {
  const rows = cachedStatement(
    db,
    `SELECT id, text FROM insights
     WHERE deleted_at IS NULL AND type = 'obstacle'
       AND (programme_id = ? OR programme_id IS NULL)
       AND coalesce(obstacle_status, 'open') <> 'removed' AND trim(obstacle_owner) = ''
     ORDER BY created_at, id`,
  ).all(programmeId) as { id: string; text: string }[];
  return fromItems(
    rows.map((r) => ({ label: same(r.text), route: ['analysis', 'insights', r.id] })),
  );
};

/** S07: the steering documents (migration 010) not yet checked against the programme. */
const policyUnchecked: Evaluator = ({ db, programmeId }) => {
  if (!tableExists(db, 'steering_documents')) {
    return notRecordedYet({ sv: 'Styrdokument', en: 'Steering documents' });
  }
  const docs = cachedStatement(
    db,
    `SELECT id, title, checked FROM steering_documents
     WHERE programme_id = ? AND deleted_at IS NULL ORDER BY title COLLATE NOCASE, id`,
  ).all(programmeId) as { id: string; title: string; checked: number }[];
  if (docs.length === 0) {
    return fromItems([
      {
        label: {
          sv: 'Inga styrdokument är listade ännu',
          en: 'No steering documents are listed yet',
        },
        route: screens.steeringDocuments,
      },
    ]);
  }
  return fromItems(
    docs
      .filter((d) => d.checked === 0)
      .map((d) => ({ label: same(d.title), route: screens.steeringDocuments })),
  );
};

/** S20, I21: key actors with no judgement on the staircase (migration 011) yet. */
const staircaseUnset: Evaluator = ({ db }) => {
  if (!tableExists(db, 'staircase_assessments')) {
    return notRecordedYet({ sv: 'Trappsteg på samhandlingstrappan', en: 'Staircase levels' });
  }
  const rows = cachedStatement(
    db,
    `SELECT s.id, s.name FROM stakeholders s
     WHERE s.deleted_at IS NULL AND s.key_actor = 1
       AND NOT EXISTS (SELECT 1 FROM staircase_assessments a WHERE a.stakeholder_id = s.id)
     ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all() as { id: string; name: string }[];
  return fromItems(rows.map((r) => ({ label: same(r.name), route: ['stakeholders', r.id] })));
};

export const analysisChecks = {
  'open-obstacles': openObstacles,
  'policy-unchecked': policyUnchecked,
  'staircase-unset': staircaseUnset,
};
