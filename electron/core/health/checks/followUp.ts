// Runs in: main process / Node. Health checks on the follow-up (migration 013): follow-ups due
// (I38, F01), lessons linked to a goal or action (F06) and breaks in the red thread (F03).
import { periodStates } from '../../../../shared/domain/followUp';
import { overdueFollowUps } from '../../followUp/due';
import { redThreadBreaks } from '../../redThread/breaks';
import { cachedStatement } from '../../search/cachedStatement';
import { screens } from '../routes';
import { type Evaluator, fromItems, notRecordedYet, same, tableExists } from '../types';

export const followUpRoute = screens.followUp;

const followUpDue: Evaluator = ({ db, programmeId, today }) => {
  if (!tableExists(db, 'follow_ups')) {
    return notRecordedYet({ sv: 'Uppföljningar', en: 'Follow-ups' });
  }
  return fromItems(
    overdueFollowUps(db, programmeId, today).map((p) => ({
      label: {
        sv: `${p.label.sv}: ${periodStates[p.state].sv} (${p.dueDate})`,
        en: `${p.label.en}: ${periodStates[p.state].en} (${p.dueDate})`,
      },
      route: followUpRoute(p.recordId),
    })),
  );
};

const lessonsUnlinked: Evaluator = ({ db, programmeId }) => {
  if (!tableExists(db, 'follow_up_lessons')) {
    return notRecordedYet({ sv: 'Lärdomar', en: 'Lessons' });
  }
  const rows = cachedStatement(
    db,
    `SELECT l.text, f.id AS followUpId FROM follow_up_lessons l
     JOIN follow_ups f ON f.id = l.follow_up_id
     WHERE f.programme_id = ? AND f.deleted_at IS NULL
       AND l.goal_id IS NULL AND l.action_id IS NULL
     ORDER BY f.period_start DESC, l.created_at, l.id`,
  ).all(programmeId) as { text: string; followUpId: string }[];
  return fromItems(rows.map((r) => ({ label: same(r.text), route: followUpRoute(r.followUpId) })));
};

/** F03: the red thread module's breaks, each with the place where it is fixed. */
const redThread: Evaluator = ({ db, programmeId }) =>
  fromItems(
    redThreadBreaks(db, programmeId).map((b) => ({
      label: { sv: `${b.subject} – ${b.message.sv}`, en: `${b.subject} – ${b.message.en}` },
      route: b.fix.route,
      ...(b.fix.query ? { query: b.fix.query } : {}),
    })),
  );

export const followUpChecks = {
  'follow-up-due': followUpDue,
  'lessons-unlinked': lessonsUnlinked,
  'red-thread-breaks': redThread,
};
