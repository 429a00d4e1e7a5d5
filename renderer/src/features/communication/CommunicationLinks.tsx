// Runs in: renderer. Shown on an action's and a goal's detail: the communication that tells about
// it (links to the plan items and log entries) and, for a finished action or a goal on track, a
// button that starts a suggested item (I25). One line embeds it in each detail screen.
import { useTranslation } from 'react-i18next';
import type { SourceKind } from '../../../../shared/domain/communication';
import { href } from '../../app/router';
import { useQuery } from '../../ui/useQuery';

export function CommunicationLinks({ kind, id }: { kind: SourceKind; id: string }) {
  const { t } = useTranslation('communication');
  const links = useQuery('communication:bySource', { kind, id });
  if (!links.data) return null;
  const { eligible, links: rows } = links.data;
  if (!eligible && rows.length === 0) return null;
  return (
    <section className="card comm-links" aria-labelledby={`comm-links-${id}`}>
      <h2 id={`comm-links-${id}`}>{t('links.title')}</h2>
      {rows.length > 0 ? (
        <ul className="plain-list">
          {rows.map((l) => (
            <li key={`${l.type}-${l.id}`}>
              <span className="muted">{t(`links.${l.type}`)}: </span>
              <a
                href={
                  l.type === 'plan'
                    ? href('communication', 'plan', l.id)
                    : href('communication', 'log', l.id)
                }
              >
                {l.text}
              </a>
              {l.date && <span className="muted"> · {l.date}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('links.none')}</p>
      )}
      {eligible && (
        <a className="button" href={href('communication', 'new', kind, id)}>
          <span aria-hidden="true">✉ </span>
          {kind === 'action' ? t('links.tellAction') : t('links.tellGoal')}
        </a>
      )}
    </section>
  );
}
