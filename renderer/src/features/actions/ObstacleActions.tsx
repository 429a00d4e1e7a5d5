// Runs in: renderer. Next to each obstacle in a visit: the actions made from it ("Aktivitet: …")
// and a way to make a new one, prefilled with the obstacle and linked back to it.
import { useTranslation } from 'react-i18next';
import type { ActionLink } from '../../../../shared/domain/actions';
import type { VisitObstacle } from '../../../../shared/domain/visits';
import { href } from '../../app/router';
import { useQuery } from '../../ui/useQuery';
import { statusEntry, statusLabel } from './labels';

/** Every action made from the visit or its obstacles, in one call. */
export function useVisitActionLinks(visitId: string): ActionLink[] {
  return useQuery('actions:byOrigin', { kind: 'visit', refId: visitId }).data ?? [];
}

export function ObstacleActions({
  obstacle,
  links,
}: {
  obstacle: VisitObstacle;
  links: ActionLink[];
}) {
  const { t } = useTranslation('actions');
  const mine = links.filter(
    (l) => l.originKind === 'visit_obstacle' && l.originRefId === obstacle.id,
  );
  return (
    <span className="obstacle-actions">
      {mine.map((l) => (
        <a key={l.id} className="obstacle-action-link" href={href('actions', l.id)}>
          {t('obstacle.link', { what: l.what })}{' '}
          <span className="muted">
            (<span aria-hidden="true">{statusEntry(l.status).icon} </span>
            {statusLabel(l.status)})
          </span>
        </a>
      ))}
      <a
        className="button button-small"
        href={href('actions', 'new', 'obstacle', obstacle.id)}
        aria-label={t('obstacle.createLabel', { text: obstacle.text })}
      >
        {t('obstacle.create')}
      </a>
    </span>
  );
}
