// Runs in: renderer. The obstacles (hinder, S10) beside the board, each tracked until it is removed:
// status, who is responsible, and when it was removed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, ObstacleStatus, SwotGroup } from '../../../../shared/domain/insights';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { AddInsightForm } from './AddInsightForm';
import { InsightItem } from './InsightItem';
import { statusLabel, statusOptions } from './insightLabels';

function ObstacleTracking({ insight }: { insight: Insight }) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const selectId = useId();
  const [saving, setSaving] = useState(false);

  const setStatus = async (status: ObstacleStatus) => {
    setSaving(true);
    const result = await mutate('insights:update', {
      id: insight.id,
      type: insight.type,
      text: insight.text,
      programmeId: insight.programmeId,
      obstacleStatus: status,
      obstacleOwner: insight.obstacleOwner,
      obstacleRemovedDate: null,
    });
    setSaving(false);
    if (result.ok) toast.success(t('obstacles.statusSaved', { status: statusLabel(status) }));
    else toast.error(result.error.message);
  };

  return (
    <div className="obstacle-tracking">
      <label htmlFor={selectId} className="visually-hidden">
        {t('obstacles.statusFor', { text: insight.text })}
      </label>
      <select
        id={selectId}
        value={insight.obstacleStatus ?? 'open'}
        disabled={saving}
        onChange={(e) => void setStatus(e.target.value as ObstacleStatus)}
      >
        {statusOptions().map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {insight.obstacleOwner ? (
        <span>{t('obstacles.owner', { owner: insight.obstacleOwner })}</span>
      ) : (
        <span className="badge badge-warning">{t('obstacles.noOwner')}</span>
      )}
      {insight.obstacleStatus === 'removed' && insight.obstacleRemovedDate && (
        <span className="badge badge-success">
          {t('obstacles.removedOn', { date: insight.obstacleRemovedDate })}
        </span>
      )}
    </div>
  );
}

export function ObstacleList({ group, programmeId }: { group: SwotGroup; programmeId?: string }) {
  const { t } = useTranslation('insights');
  const headingId = useId();
  const [showRemoved, setShowRemoved] = useState(false);
  const removed = group.items.filter((i) => i.obstacleStatus === 'removed').length;
  const shown = showRemoved
    ? group.items
    : group.items.filter((i) => i.obstacleStatus !== 'removed');
  return (
    <section
      className="swot-box swot-obstacle"
      aria-labelledby={headingId}
      data-testid="swot-obstacle"
    >
      <h2 id={headingId}>
        {t('obstacles.title')}{' '}
        <span className="swot-count">
          ({t('obstacles.openCount', { count: group.items.length - removed })})
        </span>
      </h2>
      <p className="muted">{t('obstacles.intro')}</p>
      {shown.length === 0 ? (
        <p className="muted">{t('board.empty.obstacle')}</p>
      ) : (
        <ul className="insight-list">
          {shown.map((insight) => (
            <InsightItem key={insight.id} insight={insight}>
              <ObstacleTracking insight={insight} />
            </InsightItem>
          ))}
        </ul>
      )}
      {removed > 0 && (
        <label className="check-label">
          <input
            type="checkbox"
            checked={showRemoved}
            onChange={(e) => setShowRemoved(e.target.checked)}
          />{' '}
          {t('obstacles.showRemoved', { count: removed })}
        </label>
      )}
      <AddInsightForm type="obstacle" programmeId={programmeId} />
    </section>
  );
}
