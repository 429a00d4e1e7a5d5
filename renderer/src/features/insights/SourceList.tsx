// Runs in: renderer. Where an insight was raised, each visit or interview one click away.
import { useTranslation } from 'react-i18next';
import type { InsightSource } from '../../../../shared/domain/insights';
import { href } from '../../app/router';
import { sourceKindLabel } from './insightLabels';

/**
 * The screen a source opens: the visit, the interview (also for an obstacle or an answer), or the
 * programme meeting.
 */
export function sourceHref(source: InsightSource): string | null {
  // A statistics source cites an indicator by its id (no parent record).
  if (source.kind === 'statistics' && source.refId) {
    return href('analysis', 'statistics', source.refId);
  }
  if (!source.live || !source.parentId) return null;
  if (source.kind === 'visit' || source.kind === 'visit_obstacle') {
    return href('visits', source.parentId);
  }
  if (source.kind === 'interview' || source.kind === 'interview_answer') {
    return href('analysis', 'interviews', source.parentId);
  }
  if (source.kind === 'meeting') return href('meetings', source.parentId);
  return null;
}

function SourceLine({ source }: { source: InsightSource }) {
  const { t } = useTranslation('insights');
  const link = sourceHref(source);
  const name = [source.title, source.date].filter(Boolean).join(', ');
  return (
    <>
      <span className="badge">{sourceKindLabel(source.kind)}</span>{' '}
      {link ? <a href={link}>{name || t('sources.open')}</a> : name && <span>{name}</span>}
      {!source.live && <span className="muted"> {t('sources.gone')}</span>}
      {source.question && <div className="source-question">{source.question}</div>}
      {source.excerpt && <q className="source-excerpt">{source.excerpt}</q>}
      {source.note && <div>{source.note}</div>}
    </>
  );
}

export function SourceList({
  sources,
  onRemove,
  busy,
}: {
  sources: InsightSource[];
  onRemove?: (source: InsightSource) => void;
  busy?: boolean;
}) {
  const { t } = useTranslation('insights');
  if (sources.length === 0) return <p className="muted">{t('sources.none')}</p>;
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <SourceLine source={source} />
          {onRemove && (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => onRemove(source)}
            >
              {t('sources.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
