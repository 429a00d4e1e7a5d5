// Runs in: renderer. The stage track Remiss → KSAU → KS → KF → Antaget, each stage with its state
// in words and a symbol (never colour alone) and its decision or planned date.
import { useTranslation } from 'react-i18next';
import type { TrackState, TrackStep } from '../../../../shared/domain/cases';
import { outcomeLabel } from './caseLabels';

const SYMBOL: Record<TrackState, string> = {
  not_started: '○',
  current: '●',
  done: '✓',
  postponed: '⏸',
  rejected: '✕',
  returned: '↺',
};

export function StageTrack({ track }: { track: TrackStep[] }) {
  const { t } = useTranslation('cases');
  return (
    <ol className="case-track" aria-label={t('track.label')}>
      {track.map((step) => {
        const date = step.stage?.meetingDate ?? step.stage?.submittedDate ?? null;
        return (
          <li key={step.body} className={`case-track-step case-track-${step.state}`}>
            <span className="case-track-symbol" aria-hidden="true">
              {SYMBOL[step.state]}
            </span>
            <span className="case-track-name">{t(`track.${step.body}`)}</span>
            <span className="case-track-state">{t(`track.states.${step.state}`)}</span>
            {step.stage?.outcome && step.state !== 'done' && (
              <span className="case-track-detail">{outcomeLabel(step.stage.outcome)}</span>
            )}
            {date ? (
              <span className="case-track-date">
                {step.stage?.paragraph
                  ? t('track.decided', {
                      date,
                      paragraph: step.stage.paragraph.replace(/^§\s*/, ''),
                    })
                  : date}
              </span>
            ) : (
              step.plannedDate &&
              step.state === 'not_started' && (
                <span className="case-track-date">
                  {t('track.planned', { date: step.plannedDate })}
                </span>
              )
            )}
          </li>
        );
      })}
    </ol>
  );
}
