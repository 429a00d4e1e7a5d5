// Runs in: renderer. F20: a few questions on how we work against how we said we would, each with
// an answer (radio buttons, arrow keys move between them) and a comment.
import { useTranslation } from 'react-i18next';
import {
  checkinAnswers,
  checkinQuestions,
  type Checkin,
  type CheckinAnswer,
} from '../../../../shared/domain/followUp';
import { label } from '../../i18n';

export function CheckinsSection({
  checkins,
  readOnly,
  onChange,
}: {
  checkins: Checkin[];
  readOnly: boolean;
  onChange: (checkins: Checkin[]) => void;
}) {
  const { t } = useTranslation('followUp');
  const set = (questionId: Checkin['questionId'], change: Partial<Checkin>) =>
    onChange(checkins.map((c) => (c.questionId === questionId ? { ...c, ...change } : c)));
  return (
    <div className="stack followup-checkins">
      {checkinQuestions.map((q) => {
        const c = checkins.find((x) => x.questionId === q.id) ?? {
          questionId: q.id,
          answer: null,
          comment: '',
        };
        return (
          <fieldset key={q.id} className="followup-checkin">
            <legend>{label(q)}</legend>
            <div className="radio-row" role="radiogroup" aria-label={t('record.answer')}>
              {checkinAnswers.map((a) => (
                <label key={a.id} className="radio-option">
                  <input
                    type="radio"
                    name={`checkin-${q.id}`}
                    value={a.id}
                    checked={c.answer === a.id}
                    disabled={readOnly}
                    onChange={() => set(q.id, { answer: a.id as CheckinAnswer })}
                  />
                  <span aria-hidden="true">{a.icon}</span> {label(a)}
                </label>
              ))}
            </div>
            {readOnly ? (
              c.comment && <p>{c.comment}</p>
            ) : (
              <textarea
                rows={2}
                aria-label={t('record.commentFor', { name: label(q) })}
                value={c.comment}
                onChange={(e) => set(q.id, { comment: e.target.value })}
              />
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
