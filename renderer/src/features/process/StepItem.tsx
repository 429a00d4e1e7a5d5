// Runs in: renderer. One wizard step: a row with its status, due date and a skipped mark, and
// when opened the guidance, checklist, what to work on, and status and notes.
import { useTranslation } from 'react-i18next';
import type { Programme, StepStateView } from '../../../../shared/domain/process';
import { stepStatusLabels, type ProcessStep, type StepStatus } from '../../../../shared/process';
import { label } from '../../i18n';
import { StepHealth } from '../overview/StepHealth';
import { StepChecklist } from './StepChecklist';
import { StepEditors } from './StepEditors';
import { StepStatusForm } from './StepStatusForm';
import { localToday } from './today';

/** A symbol beside the word, never colour alone. */
export const statusSymbol: Record<StepStatus, string> = {
  not_started: '○',
  in_progress: '◐',
  done: '✓',
  not_relevant: '–',
};

interface Props {
  step: ProcessStep;
  state: StepStateView;
  skipped: boolean;
  open: boolean;
  onToggle: () => void;
  programme: Programme;
}

export function StepItem({ step, state, skipped, open, onToggle, programme }: Props) {
  const { t } = useTranslation('process');
  const detailId = `step-${step.id}-detail`;
  const finished = state.status === 'done' || state.status === 'not_relevant';
  const overdue = !!state.dueDate && !finished && state.dueDate < localToday();

  return (
    <li className={`step-item step-${state.status}`} id={`step-${step.id}`}>
      <button
        type="button"
        className="step-toggle"
        aria-expanded={open}
        aria-controls={detailId}
        onClick={onToggle}
      >
        <span className="step-symbol" aria-hidden="true">
          {statusSymbol[state.status]}
        </span>
        <span className="step-title">{label(step.title)}</span>
        <span className={`badge step-badge step-badge-${state.status}`}>
          {label(stepStatusLabels[state.status])}
        </span>
        {skipped && <span className="badge badge-warning">{t('step.skipped')}</span>}
        {state.dueDate && !finished && (
          <span className={overdue ? 'badge badge-warning' : 'step-due'}>
            {overdue
              ? t('step.overdue', { date: state.dueDate })
              : t('step.due', { date: state.dueDate })}
          </span>
        )}
        <span className="step-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      {open && (
        <div className="step-detail" id={detailId}>
          {state.status === 'not_relevant' && state.notRelevantReason && (
            <p className="banner banner-info">
              {label(stepStatusLabels.not_relevant)}: {state.notRelevantReason}
            </p>
          )}
          <div className="step-guidance">
            <h4>{t('step.guidance')}</h4>
            <p>{label(step.guidance)}</p>
            <p className="muted">
              <strong>{t('step.completion')}:</strong> {label(step.completion)}
            </p>
          </div>
          <StepChecklist programmeId={programme.id} step={step} state={state} />
          <StepEditors step={step} programme={programme} />
          <StepHealth programmeId={programme.id} stepId={step.id} />
          <h4>{t('step.statusTitle')}</h4>
          <StepStatusForm programmeId={programme.id} step={step} state={state} />
        </div>
      )}
    </li>
  );
}
