// Runs in: renderer. A goal's status as icon + text (never colour alone, F11).
import type { GoalStatus } from '../../../../shared/domain/goals';
import { label } from '../../i18n';

export function StatusBadge({ status, large }: { status: GoalStatus; large?: boolean }) {
  return (
    <span
      className={`goal-status goal-status-${status.status}${large ? ' goal-status-large' : ''}`}
    >
      <span aria-hidden="true" className="goal-status-icon">
        {status.icon}
      </span>{' '}
      {label(status.label)}
    </span>
  );
}
