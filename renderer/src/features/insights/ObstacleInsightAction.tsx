// Runs in: renderer. "Gör till insikt" next to an obstacle on a visit: the obstacle becomes a tracked
// obstacle insight with the visit as source, or joins one with the same text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';

export function ObstacleInsightAction({ obstacleId }: { obstacleId: string }) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const linked = useQuery('insights:forRefs', { refIds: [obstacleId] });
  const [made, setMade] = useState<{ id: string; created: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const existing = linked.data?.[obstacleId]?.[0];

  const make = async () => {
    setBusy(true);
    const result = await mutate('insights:fromVisitObstacle', { obstacleId });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    setMade({ id: result.value.insight.id, created: result.value.created });
    toast.success(result.value.created ? t('fromRecord.created') : t('fromRecord.joined'));
  };

  if (made || existing) {
    const id = made?.id ?? existing!.id;
    let status = t('fromRecord.exists');
    if (made) status = made.created ? t('fromRecord.createdShort') : t('fromRecord.joinedShort');
    return (
      <span className="insight-made">
        <span className="badge badge-success">
          <span aria-hidden="true">✓ </span>
          {status}
        </span>{' '}
        <a href={href('analysis', 'insights', id)}>{t('fromRecord.open')}</a>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="button button-small"
      disabled={busy || linked.loading}
      onClick={() => void make()}
    >
      {t('fromRecord.make')}
    </button>
  );
}
