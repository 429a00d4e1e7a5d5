// Runs in: renderer. One box of the SWOT board (Styrkor, Svagheter, Möjligheter, Hot), or one of the
// lists beside it (Behov, Idéer).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightType, SwotGroup } from '../../../../shared/domain/insights';
import { AddInsightForm } from './AddInsightForm';
import { InsightItem } from './InsightItem';
import { typePlural } from './insightLabels';

export function SwotBox({
  type,
  group,
  programmeId,
  className,
  intro,
}: {
  type: InsightType;
  group: SwotGroup;
  programmeId?: string;
  className?: string;
  intro?: ReactNode;
}) {
  const { t } = useTranslation('insights');
  const headingId = useId();
  return (
    <section
      className={`swot-box swot-${type} ${className ?? ''}`}
      aria-labelledby={headingId}
      data-testid={`swot-${type}`}
    >
      <h2 id={headingId}>
        {typePlural(type)} <span className="swot-count">({group.total})</span>
      </h2>
      {intro}
      {group.items.length === 0 ? (
        <p className="muted">{t(`board.empty.${type}`)}</p>
      ) : (
        <ul className="insight-list">
          {group.items.map((insight) => (
            <InsightItem key={insight.id} insight={insight} />
          ))}
        </ul>
      )}
      {group.total > group.items.length && (
        <p className="muted">{t('board.more', { count: group.total - group.items.length })}</p>
      )}
      <AddInsightForm type={type} programmeId={programmeId} />
    </section>
  );
}
