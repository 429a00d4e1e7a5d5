// Runs in: main process / Node. Health checks on the chosen focus areas: a responsible and a goal
// (I07, P10), a link to a strength of the SWOT (I18) and a note on a downturn (I17).
import { cachedStatement } from '../../search/cachedStatement';
import { type Evaluator, fromItems, same } from '../types';
import { warningFinding } from './goalWarnings';

const chosenAreasWhere = (column: string) =>
  `SELECT id, name FROM focus_areas WHERE programme_id = ? AND deleted_at IS NULL
   AND candidate = 0 AND trim(${column}) = '' ORDER BY priority, id`;

const focusAreaIncomplete: Evaluator = (ctx) =>
  warningFinding(ctx, ['focus_area_no_responsible', 'focus_area_no_goal']);

const focusAreaNoStrength: Evaluator = ({ db, programmeId }) => {
  const rows = cachedStatement(db, chosenAreasWhere('swot_strength_note')).all(programmeId) as {
    id: string;
    name: string;
  }[];
  return fromItems(rows.map((r) => ({ label: same(r.name), route: ['goals', 'areas', r.id] })));
};

const focusAreaNoDownturnNote: Evaluator = ({ db, programmeId }) => {
  const rows = cachedStatement(db, chosenAreasWhere('downturn_note')).all(programmeId) as {
    id: string;
    name: string;
  }[];
  return fromItems(rows.map((r) => ({ label: same(r.name), route: ['goals', 'areas', r.id] })));
};

export const focusAreaChecks = {
  'focus-area-incomplete': focusAreaIncomplete,
  'focus-area-no-strength': focusAreaNoStrength,
  'focus-area-no-downturn-note': focusAreaNoDownturnNote,
};
