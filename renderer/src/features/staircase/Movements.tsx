// Runs in: renderer. Who moved up, down or got a first level between the two dates.
import { useTranslation } from 'react-i18next';
import type { MovementDirection, StaircaseMovement } from '../../../../shared/domain/staircase';
import { href } from '../../app/router';

const directions: { id: MovementDirection; icon: string }[] = [
  { id: 'up', icon: '↑' },
  { id: 'down', icon: '↓' },
  { id: 'new', icon: '+' },
];

export function Movements({ movements }: { movements: StaircaseMovement[] }) {
  const { t } = useTranslation('staircase');
  return (
    <div className="climate-moves">
      {directions.map(({ id, icon }) => {
        const list = movements.filter((m) => m.direction === id);
        return (
          <section key={id} aria-labelledby={`moves-${id}`}>
            <h3 id={`moves-${id}`}>
              <span aria-hidden="true">{icon} </span>
              {t(`overview.moves.${id}`, { count: list.length })}
            </h3>
            {list.length === 0 ? (
              <p className="muted">{t('overview.moves.none')}</p>
            ) : (
              <ul>
                {list.map((m) => (
                  <li key={m.stakeholderId}>
                    <a href={href('stakeholders', m.stakeholderId)}>{m.name}</a>
                    {': '}
                    {m.fromLevel
                      ? t('overview.moves.fromTo', { from: m.fromLevel, to: m.toLevel })
                      : m.toLevel}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
