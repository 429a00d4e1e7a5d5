// Runs in: renderer. One phase of the vertical stepper: its progress, the steps that were passed
// by (by name, each one click from being opened), and its steps.
import { useTranslation } from 'react-i18next';
import type { Programme, StepStateView } from '../../../../shared/domain/process';
import { stepById, type Phase, type PhaseProgress } from '../../../../shared/process';
import { label } from '../../i18n';
import { StepItem } from './StepItem';

interface Props {
  phase: Phase;
  index: number;
  progress: PhaseProgress;
  states: ReadonlyMap<string, StepStateView>;
  openSteps: ReadonlySet<string>;
  onToggle: (stepId: string) => void;
  onOpenStep: (stepId: string) => void;
  programme: Programme;
}

export function PhaseSection(props: Props) {
  const { phase, index, progress, states, openSteps, onToggle, onOpenStep, programme } = props;
  const { t } = useTranslation('process');
  const skipped = new Set(progress.skippedStepIds);
  const headingId = `phase-${phase.id}-title`;
  const complete = progress.done + progress.notRelevant === progress.total;

  return (
    <li
      id={`phase-${phase.id}`}
      className={`phase${complete ? ' phase-complete' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="phase-marker" aria-hidden="true">
        {complete ? '✓' : index + 1}
      </div>
      <div className="phase-body">
        <h2 id={headingId} className="phase-title" tabIndex={-1}>
          <span className="muted phase-number">{t('phase.number', { n: index + 1 })}</span>{' '}
          {label(phase.title)}
        </h2>
        <p className="phase-intro">{label(phase.intro)}</p>
        <PhaseMeter progress={progress} title={label(phase.title)} />
        {progress.skipped > 0 && (
          <p className="phase-skipped">
            <span aria-hidden="true">⚠ </span>
            {t('overview.skipped', { count: progress.skipped })}{' '}
            {progress.skippedStepIds.map((id, i) => {
              const step = stepById(id);
              return (
                <span key={id}>
                  {i > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => onOpenStep(id)}>
                    {step ? label(step.title) : id}
                  </button>
                </span>
              );
            })}
          </p>
        )}
        <ul className="step-list" aria-label={t('phase.steps', { phase: label(phase.title) })}>
          {phase.steps.map((step) => {
            const state = states.get(step.id);
            if (!state) return null;
            return (
              <StepItem
                key={step.id}
                step={step}
                state={state}
                skipped={skipped.has(step.id)}
                open={openSteps.has(step.id)}
                onToggle={() => onToggle(step.id)}
                programme={programme}
              />
            );
          })}
        </ul>
      </div>
    </li>
  );
}

export function PhaseMeter({ progress, title }: { progress: PhaseProgress; title: string }) {
  const { t } = useTranslation('process');
  const pct = progress.total === 0 ? 0 : (progress.done / progress.total) * 100;
  const settled = progress.total === 0 ? 0 : (progress.notRelevant / progress.total) * 100;
  return (
    <div className="phase-meter">
      <div
        className="phase-meter-track"
        role="progressbar"
        aria-label={t('overview.progressLabel', {
          phase: title,
          done: progress.done,
          total: progress.total,
        })}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
      >
        <div className="phase-meter-done" style={{ width: `${pct}%` }} />
        <div className="phase-meter-na" style={{ width: `${settled}%` }} />
      </div>
      <span className="phase-meter-text">
        {t('overview.doneOf', { done: progress.done, total: progress.total })}
        {progress.inProgress > 0 &&
          ` · ${t('overview.inProgress', { count: progress.inProgress })}`}
        {progress.notRelevant > 0 &&
          ` · ${t('overview.notRelevant', { count: progress.notRelevant })}`}
      </span>
    </div>
  );
}
