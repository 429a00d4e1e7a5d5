// Runs in: renderer. Analys: '#/analysis/interviews' (list, '/new', '/<id>', '/<id>/edit'),
// '#/analysis/guides' (list, '/new', '/<id>'), '#/analysis/swot' and '#/analysis/insights/<id>'.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { GuideEditorPage } from '../interviews/GuideEditor';
import { GuideListPage } from '../interviews/GuideListPage';
import { InterviewDetail } from '../interviews/InterviewDetail';
import { EditInterviewPage, NewInterviewPage } from '../interviews/InterviewFormPages';
import { AnalysisMaterialScreen, analysisMaterialAreas } from '../analysis/AnalysisMaterialScreen';
import { GoalPicturePage } from '../goalPicture/GoalPicturePage';
import { InterviewListPage } from '../interviews/InterviewListPage';
import { SelfImagePage } from '../selfImage/SelfImagePage';
import { StaircasePage } from '../staircase/StaircasePage';
import { InsightDetail } from './InsightDetail';
import { SwotPage } from './SwotPage';

const tabs = [
  'interviews',
  'guides',
  'swot',
  'statistics',
  'texts',
  'steering',
  'staircase',
  'selfImage',
  'goalPicture',
] as const;
/** Tabs whose label lives in their own feature's namespace. */
const ownLabel: Partial<Record<(typeof tabs)[number], string>> = {
  staircase: 'staircase:tab',
  selfImage: 'selfImage:tab',
  goalPicture: 'goalPicture:tab',
  statistics: 'analysis:tabs.statistics',
  texts: 'analysis:tabs.texts',
  steering: 'analysis:tabs.steering',
};

function AnalysisTabs({ current }: { current: string }) {
  const { t } = useTranslation('insights');
  const active = current === 'insights' ? 'swot' : current;
  return (
    <nav className="analysis-tabs" aria-label={t('tabs.label')}>
      {tabs.map((tab) => (
        <a
          key={tab}
          href={href('analysis', tab)}
          aria-current={active === tab ? 'page' : undefined}
        >
          {t(ownLabel[tab] ?? `tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}

function AnalysisScreen({ route }: { route: string[] }) {
  const [area = 'interviews', first, second] = route;
  if (area === 'insights' && first) return <InsightDetail id={first} />;
  if (area === 'swot' || area === 'insights') return <SwotPage />;
  if (analysisMaterialAreas.includes(area)) return <AnalysisMaterialScreen route={route} />;
  if (area === 'staircase') return <StaircasePage />;
  if (area === 'selfImage') return <SelfImagePage />;
  if (area === 'goalPicture') return <GoalPicturePage />;
  if (area === 'guides') {
    if (!first) return <GuideListPage />;
    return <GuideEditorPage key={first} id={first === 'new' ? undefined : first} />;
  }
  if (!first) return <InterviewListPage />;
  // Keyed on the address so '#/analysis/interviews/new?guide=…' starts afresh.
  if (first === 'new') return <NewInterviewPage key={window.location.hash} />;
  if (second === 'edit') return <EditInterviewPage id={first} />;
  return <InterviewDetail id={first} />;
}

export function AnalysisRoute({ route }: { route: string[] }) {
  return (
    <div className="analysis">
      <AnalysisTabs current={route[0] ?? 'interviews'} />
      <AnalysisScreen route={route} />
    </div>
  );
}
