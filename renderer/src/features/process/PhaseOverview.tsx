// Runs in: renderer. The progress of every phase at a glance, above the stepper; each card takes
// the officer to its phase.
import { useTranslation } from 'react-i18next';
import type { Phase, PhaseProgress } from '../../../../shared/process';
import { label } from '../../i18n';
import { PhaseMeter } from './PhaseSection';

interface Props {
  phases: readonly Phase[];
  progress: readonly PhaseProgress[];
  onGoTo: (phaseId: string) => void;
}

export function PhaseOverview({ phases, progress, onGoTo }: Props) {
  const { t } = useTranslation('process');
  return (
    <section className="card phase-overview" aria-labelledby="phase-overview-title">
      <h2 id="phase-overview-title">{t('overview.title')}</h2>
      <ol className="phase-overview-list">
        {phases.map((phase, i) => {
          const p = progress.find((x) => x.phase === phase.id);
          if (!p) return null;
          return (
            <li key={phase.id}>
              <button type="button" className="link-button" onClick={() => onGoTo(phase.id)}>
                {i + 1}. {label(phase.title)}
              </button>
              <PhaseMeter progress={p} title={label(phase.title)} />
              {p.skipped > 0 && (
                <span className="badge badge-warning">
                  {t('overview.skippedShort', { count: p.skipped })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
