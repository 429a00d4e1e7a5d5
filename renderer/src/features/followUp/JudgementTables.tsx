// Runs in: renderer. The judgement per goal and per action (F04): the status kept from the snapshot
// and the officer's comment; and what was dropped during the period and why (F25).
import { useTranslation } from 'react-i18next';
import type { ActionJudgement, GoalJudgement } from '../../../../shared/domain/followUp';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { StatusLabel } from '../actions/StatusLabel';
import { GoalStatusLabel } from './labels';

interface Props<T> {
  rows: T[];
  comments: Record<string, string>;
  readOnly: boolean;
  onComment: (id: string, comment: string) => void;
}

function CommentCell({
  value,
  name,
  readOnly,
  onChange,
}: {
  value: string;
  name: string;
  readOnly: boolean;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('followUp');
  if (readOnly) return <td className="followup-comment">{value || t('record.none')}</td>;
  return (
    <td className="followup-comment">
      <textarea
        rows={2}
        aria-label={t('record.commentFor', { name })}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </td>
  );
}

export function GoalJudgements({ rows, comments, readOnly, onComment }: Props<GoalJudgement>) {
  const { t } = useTranslation('followUp');
  if (rows.length === 0) return <p className="empty">{t('record.noGoals')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table followup-table">
        <caption className="visually-hidden">{t('record.goalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('record.goal')}</th>
            <th scope="col">{t('record.status')}</th>
            <th scope="col">{t('record.latest')}</th>
            <th scope="col">{t('record.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.goalId}>
              <th scope="row" className="followup-subject">
                <a href={href('goals', g.goalId)}>{g.goalText}</a>
                {g.focusAreaName && <div className="muted">{g.focusAreaName}</div>}
              </th>
              <td title={label(g.statusReason)}>
                <GoalStatusLabel status={g.status} />
              </td>
              <td className="followup-nowrap">
                {g.latestValue === null
                  ? t('record.none')
                  : `${g.latestValue.toLocaleString('sv-SE')} (${g.latestDate ?? ''})`}
              </td>
              <CommentCell
                value={comments[g.goalId] ?? ''}
                name={g.goalText}
                readOnly={readOnly}
                onChange={(v) => onComment(g.goalId, v)}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ActionJudgements({ rows, comments, readOnly, onComment }: Props<ActionJudgement>) {
  const { t } = useTranslation('followUp');
  const shown = rows.filter((a) => a.status !== 'dropped');
  if (shown.length === 0) return <p className="empty">{t('record.noActions')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table followup-table">
        <caption className="visually-hidden">{t('record.actionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('record.action')}</th>
            <th scope="col">{t('record.status')}</th>
            <th scope="col">{t('record.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.actionId}>
              <th scope="row" className="followup-subject">
                <a href={href('actions', a.actionId)}>{a.what}</a>
                {a.focusAreaName && <div className="muted">{a.focusAreaName}</div>}
              </th>
              <td>
                <StatusLabel status={a.status} />
                {a.doneInPeriod && (
                  <div>
                    <span className="badge badge-success">{t('record.doneBadge')}</span>
                  </div>
                )}
              </td>
              <CommentCell
                value={comments[a.actionId] ?? ''}
                name={a.what}
                readOnly={readOnly}
                onChange={(v) => onComment(a.actionId, v)}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DroppedList({ rows }: { rows: ActionJudgement[] }) {
  const { t } = useTranslation('followUp');
  const dropped = rows.filter((a) => a.droppedInPeriod);
  if (dropped.length === 0) return <p className="muted">{t('record.droppedNone')}</p>;
  return (
    <ul className="plain-list followup-dropped">
      {dropped.map((a) => (
        <li key={a.actionId}>
          <StatusLabel status="dropped" /> <a href={href('actions', a.actionId)}>{a.what}</a>
          {a.droppedReason && <q className="action-origin-note">{a.droppedReason}</q>}
        </li>
      ))}
    </ul>
  );
}
