// Runs in: renderer. One insight on the board: its text, how often it was raised, and its sources
// behind one button.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight } from '../../../../shared/domain/insights';
import { href } from '../../app/router';
import { countText } from './insightLabels';
import { SourceList } from './SourceList';

export function InsightItem({ insight, children }: { insight: Insight; children?: ReactNode }) {
  const { t } = useTranslation('insights');
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <li className="insight-item" data-testid="insight-item">
      <a className="insight-text" href={href('analysis', 'insights', insight.id)}>
        {insight.text}
      </a>
      {children}
      <div className="insight-meta">
        <span>{countText(t, insight.counts)}</span>
        {insight.sources.length > 0 && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('sources.hide') : t('sources.show', { count: insight.sources.length })}
          </button>
        )}
      </div>
      {open && (
        <div id={listId}>
          <SourceList sources={insight.sources} />
        </div>
      )}
    </li>
  );
}
