// Runs in: renderer. "Gör till insikt" on an interview answer, with the kind of insight to make.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightType } from '../../../../shared/domain/insights';
import type { InterviewAnswer } from '../../../../shared/domain/interviews';
import { href } from '../../app/router';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { typeLabel, typeOptions } from '../insights/insightLabels';

export function AnswerInsightAction({ answer }: { answer: InterviewAnswer }) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const selectId = useId();
  const [type, setType] = useState<InsightType>('strength');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ id: string; created: boolean } | null>(null);

  const make = async () => {
    setBusy(true);
    const result = await mutate('insights:fromInterviewAnswer', { answerId: answer.id, type });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.fields?.text ?? result.error.message);
      return;
    }
    setMade({ id: result.value.insight.id, created: result.value.created });
    toast.success(
      result.value.created
        ? t('fromRecord.createdAs', { type: typeLabel(type) })
        : t('fromRecord.exists'),
    );
  };

  return (
    <div className="answer-insight">
      {answer.insights.length > 0 && (
        <ul className="plain-list answer-insights">
          {answer.insights.map((insight) => (
            <li key={insight.id}>
              <span className="badge">{typeLabel(insight.type)}</span>{' '}
              <a href={href('analysis', 'insights', insight.id)}>{insight.text}</a>
            </li>
          ))}
        </ul>
      )}
      <div className="answer-insight-controls">
        <label htmlFor={selectId}>{t('fromRecord.type')}</label>
        <select id={selectId} value={type} onChange={(e) => setType(e.target.value as InsightType)}>
          {typeOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small"
          disabled={busy || answer.answer.trim() === ''}
          onClick={() => void make()}
        >
          {t('fromRecord.make')}
        </button>
        {made && (
          <span className="insight-made" role="status">
            <span className="badge badge-success">
              <span aria-hidden="true">✓ </span>
              {made.created ? t('fromRecord.createdShort') : t('fromRecord.exists')}
            </span>{' '}
            <a href={href('analysis', 'insights', made.id)}>{t('fromRecord.open')}</a>
          </span>
        )}
      </div>
    </div>
  );
}
