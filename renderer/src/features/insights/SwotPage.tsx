// Runs in: renderer. Insikter och SWOT: the four boxes built from what visits, interviews, workshops
// and statistics showed, with obstacles, needs and ideas listed beside (S01, S10, I18).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swotTypes } from '../../../../shared/domain/insights';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { ObstacleList } from './ObstacleList';
import { SwotBox } from './SwotBox';

function ProgrammeFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('insights');
  const id = useId();
  const programmes = useQuery('programmes:list', { limit: 100 });
  const rows = programmes.data?.rows ?? [];
  if (rows.length === 0) return null;
  return (
    <div className="filters">
      <label htmlFor={id}>
        {t('board.programme')}
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('board.allProgrammes')}</option>
          {rows.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function SwotPage() {
  const { t } = useTranslation('insights');
  const [programmeId, setProgrammeId] = useState('');
  const scope = programmeId || undefined;
  const swot = useQuery('swot:get', scope ? { programmeId: scope } : {});

  return (
    <Page title={t('board.title')} subtitle={t('board.subtitle')}>
      <ProgrammeFilter value={programmeId} onChange={setProgrammeId} />
      {swot.error && <ErrorBanner error={swot.error} onRetry={swot.reload} />}
      {swot.data && (
        <div className="swot-layout">
          <div className="swot-board" aria-label={t('board.label')} role="group">
            {swotTypes.map((type) => (
              <SwotBox key={type} type={type} group={swot.data![type]} programmeId={scope} />
            ))}
          </div>
          <div className="swot-side">
            <ObstacleList group={swot.data.obstacle} programmeId={scope} />
            <SwotBox type="need" group={swot.data.need} programmeId={scope} />
            <SwotBox type="idea" group={swot.data.idea} programmeId={scope} />
          </div>
        </div>
      )}
    </Page>
  );
}
