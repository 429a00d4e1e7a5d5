// Runs in: renderer. An action's status as icon + text (never colour alone), and the badges for
// what the officer should look at: missing parts (I13), stalled (I16), experiment (I35).
import { useTranslation } from 'react-i18next';
import type { ActionRow, ActionStatus } from '../../../../shared/domain/actions';
import { partsLabel, statusEntry, statusLabel } from './labels';

export function StatusLabel({ status }: { status: ActionStatus }) {
  return (
    <span className={`action-status action-status-${status}`}>
      <span aria-hidden="true" className="action-status-icon">
        {statusEntry(status).icon}
      </span>{' '}
      {statusLabel(status)}
    </span>
  );
}

export function ActionBadges({
  action,
  stalledDays,
}: {
  action: Pick<ActionRow, 'missing' | 'stalled' | 'experiment'>;
  stalledDays: number;
}) {
  const { t } = useTranslation('actions');
  return (
    <span className="action-badges">
      {action.missing.length > 0 && (
        <span className="badge badge-warning action-missing">
          <span aria-hidden="true">! </span>
          {t('badges.missing', { parts: partsLabel(action.missing) })}
        </span>
      )}
      {action.stalled && (
        <span
          className="badge badge-warning action-stalled"
          title={t('badges.stalledTitle', { days: stalledDays })}
        >
          <span aria-hidden="true">◷ </span>
          {t('badges.stalled')}
        </span>
      )}
      {action.experiment && (
        <span className="badge action-experiment">
          <span aria-hidden="true">⚗ </span>
          {t('badges.experiment')}
        </span>
      )}
    </span>
  );
}
