// Runs in: renderer. The action or goal a communication record tells about, as a link back to it.
import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../../../../shared/domain/communication';
import { href } from '../../app/router';

export function SourceLink({ source }: { source: SourceRef }) {
  const { t } = useTranslation('communication');
  const kind = t(`sourceKind.${source.kind}`);
  if (source.label === null) return <span>{`${kind} ${t('gone')}`}</span>;
  const target = source.kind === 'action' ? href('actions', source.id) : href('goals', source.id);
  return (
    <a href={target} className="comm-source-link">
      {t('plan.fromSource', { kind, label: source.label })}
    </a>
  );
}
