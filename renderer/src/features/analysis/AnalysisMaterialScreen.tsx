// Runs in: renderer. The analysis tabs of this feature: '#/analysis/statistics' (list),
// '/statistics/import', '/statistics/<id>', '#/analysis/texts' and '#/analysis/steering'.
import { useTranslation } from 'react-i18next';
import { AnalysisTextsPage } from './AnalysisTextsPage';
import { IndicatorPage } from './IndicatorPage';
import { ProgrammeGate } from './ProgrammeGate';
import { StatisticsImportPage } from './StatisticsImportPage';
import { StatisticsPage } from './StatisticsPage';
import { SteeringPage } from './SteeringPage';

/** The areas (first route part under '#/analysis') this screen answers for. */
export const analysisMaterialAreas: readonly string[] = ['statistics', 'texts', 'steering'];

export function AnalysisMaterialScreen({ route }: { route: string[] }) {
  const { t } = useTranslation('analysis');
  const [area, first] = route;
  if (area === 'statistics' && first && first !== 'import') return <IndicatorPage id={first} />;
  const title = t(`tabs.${area === 'texts' || area === 'steering' ? area : 'statistics'}`);
  return (
    <ProgrammeGate title={title}>
      {(programmeId) =>
        area === 'texts' ? (
          <AnalysisTextsPage programmeId={programmeId} />
        ) : area === 'steering' ? (
          <SteeringPage programmeId={programmeId} />
        ) : first === 'import' ? (
          <StatisticsImportPage programmeId={programmeId} />
        ) : (
          <StatisticsPage programmeId={programmeId} />
        )
      }
    </ProgrammeGate>
  );
}
