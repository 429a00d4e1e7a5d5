// Runs in: renderer. A meeting's outcomes, each with "Gör till insikt" (the SWOT type chosen
// first) or, once made, a link to its insight.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingOutcome } from '../../../../shared/domain/groups';
import { swotTypes, type InsightType } from '../../../../shared/domain/insights';
import { href } from '../../app/router';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { typeLabel } from '../insights/insightLabels';

const choices: InsightType[] = [...swotTypes, 'obstacle', 'need', 'idea'];

function OutcomeItem({ outcome }: { outcome: MeetingOutcome }) {
  const { t } = useTranslation('groups');
  const toast = useToast();
  const [type, setType] = useState<InsightType>('strength');
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    const result = await mutate('processMeetings:outcomeToInsight', {
      outcomeId: outcome.id,
      type,
    });
    setBusy(false);
    if (result.ok) toast.success(t('detail.madeToast'));
    else toast.error(result.error.message);
  };
  return (
    <li className="insight-item">
      <div className="insight-text">{outcome.text}</div>
      {outcome.insight ? (
        <div className="insight-made">
          <span aria-hidden="true">✔ </span>
          {t('detail.made', { type: typeLabel(outcome.insight.type) })}{' '}
          <a href={href('analysis', 'insights', outcome.insight.id)}>{outcome.insight.text}</a>
        </div>
      ) : (
        <div className="answer-insight-controls">
          <label className="visually-hidden" htmlFor={`type-${outcome.id}`}>
            {t('detail.insightType', { text: outcome.text })}
          </label>
          <select
            id={`type-${outcome.id}`}
            value={type}
            onChange={(e) => setType(e.target.value as InsightType)}
          >
            {choices.map((c) => (
              <option key={c} value={c}>
                {typeLabel(c)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void make()}
          >
            {t('detail.toInsight')}
          </button>
        </div>
      )}
    </li>
  );
}

export function OutcomeList({ outcomes }: { outcomes: MeetingOutcome[] }) {
  const { t } = useTranslation('groups');
  if (outcomes.length === 0) return <p className="muted">{t('detail.none')}</p>;
  return (
    <ul className="insight-list">
      {outcomes.map((o) => (
        <OutcomeItem key={o.id} outcome={o} />
      ))}
    </ul>
  );
}
