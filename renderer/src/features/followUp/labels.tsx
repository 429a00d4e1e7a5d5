// Runs in: renderer. Small labelled pieces of follow-up: a period's state and a snapshot status,
// each as icon + text (never colour alone).
import { periodStates, type PeriodState } from '../../../../shared/domain/followUp';
import { goalStatuses, type GoalStatusId } from '../../../../shared/domain/goals';
import { label } from '../../i18n';

export function PeriodStateLabel({ state }: { state: PeriodState }) {
  const entry = periodStates[state];
  return (
    <span className={`period-state period-state-${state}`}>
      <span aria-hidden="true">{entry.icon}</span> {label(entry)}
    </span>
  );
}

export function GoalStatusLabel({ status }: { status: GoalStatusId }) {
  const entry = goalStatuses.find((s) => s.id === status)!;
  return (
    <span className={`goal-status goal-status-${status}`}>
      <span aria-hidden="true" className="goal-status-icon">
        {entry.icon}
      </span>{' '}
      {label(entry)}
    </span>
  );
}
