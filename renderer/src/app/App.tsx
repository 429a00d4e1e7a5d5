// Runs in: renderer. The app frame: first run, database problems, sidebar, search and the screens.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionsRoute } from '../features/actions/ActionsRoute';
import { CasesRoute } from '../features/cases/CasesRoute';
import { CommunicationRoute } from '../features/communication/CommunicationRoute';
import { CompaniesRoute } from '../features/companies/CompaniesRoute';
import { ExportPage } from '../features/export/ExportPage';
import { FirstRunPage } from '../features/firstRun/FirstRunPage';
import { FollowUpRoute } from '../features/followUp/FollowUpRoute';
import { GoalsRoute } from '../features/goals/GoalsRoute';
import { GroupsRoute } from '../features/groups/GroupsRoute';
import { AnalysisRoute } from '../features/insights/AnalysisRoute';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ProcessRoute } from '../features/process/ProcessRoute';
import { SearchPalette } from '../features/search/SearchPalette';
import { DatabaseProblem } from '../features/settings/DatabaseProblem';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StakeholdersRoute } from '../features/stakeholders/StakeholdersRoute';
import { TrashPage } from '../features/trash/TrashPage';
import { VisitsRoute } from '../features/visits/VisitsRoute';
import { setLanguage } from '../i18n';
import { ErrorBanner } from '../ui/Page';
import { ToastProvider } from '../ui/Toasts';
import { useQuery } from '../ui/useQuery';
import { ErrorBoundary } from './ErrorBoundary';
import { href, useRoute } from './router';
import { useMenuCommands } from './useMenuCommands';

const sections = [
  'overview',
  'process',
  'stakeholders',
  'companies',
  'visits',
  'analysis',
  'goals',
  'actions',
  'followup',
  'communication',
  'meetings',
  'cases',
  'export',
  'trash',
  'settings',
] as const;
const icons: Record<(typeof sections)[number], string> = {
  overview: '◧',
  process: '☰',
  stakeholders: '☺',
  companies: '▦',
  visits: '✎',
  analysis: '◩',
  goals: '◎',
  actions: '☑',
  followup: '↻',
  communication: '✉',
  meetings: '⚇',
  cases: '⚖',
  export: '⇩',
  trash: '♻',
  settings: '⚙',
};

function Screen({ route }: { route: string[] }) {
  const [section, ...rest] = route;
  switch (section) {
    case 'process':
      return <ProcessRoute route={rest} />;
    case 'stakeholders':
      return <StakeholdersRoute route={rest} />;
    case 'companies':
      return <CompaniesRoute route={rest} />;
    case 'visits':
      return <VisitsRoute route={rest} />;
    case 'analysis':
      return <AnalysisRoute route={rest} />;
    case 'goals':
      return <GoalsRoute route={rest} />;
    case 'actions':
      return <ActionsRoute route={rest} />;
    case 'followup':
      return <FollowUpRoute route={rest} />;
    case 'communication':
      return <CommunicationRoute route={rest} />;
    case 'meetings':
      return <GroupsRoute route={rest} />;
    case 'cases':
      return <CasesRoute route={rest} />;
    case 'export':
      return <ExportPage />;
    case 'trash':
      return <TrashPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <OverviewPage />;
  }
}

function Frame() {
  const { t } = useTranslation();
  const route = useRoute();
  const [searchOpen, setSearchOpen] = useState(false);
  const current = route[0] ?? 'overview';
  // The workshop view fills the screen for a room (I14): the sidebar steps aside.
  const fullScreen = current === 'actions' && route[1] === 'workshop';
  const openSearch = useCallback(() => setSearchOpen(true), []);
  useMenuCommands(openSearch);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setSearchOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.getElementById('page-title')?.focus({ preventScroll: true });
  }, [current]);

  return (
    <div className={fullScreen ? 'frame frame-full' : 'frame'}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">{t('appName')}</div>
        <button type="button" className="search-button" onClick={() => setSearchOpen(true)}>
          <span aria-hidden="true">⌕</span> {t('search.open')}
          <kbd>{t('search.shortcut')}</kbd>
        </button>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <a href={href(s)} aria-current={current === s ? 'page' : undefined}>
                <span aria-hidden="true" className="nav-icon">
                  {icons[s]}
                </span>
                {t(`nav.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main">
        <ErrorBoundary key={route.join('/')}>
          <Screen route={route} />
        </ErrorBoundary>
      </main>
      {searchOpen && <SearchPalette onClose={() => setSearchOpen(false)} />}
    </div>
  );
}

export function App() {
  const info = useQuery('app:info', {});
  const settings = useQuery('settings:get', {}, !!info.data && !info.data.problem);
  useEffect(() => {
    if (settings.data) setLanguage(settings.data.language);
  }, [settings.data]);

  let body;
  if (info.error) body = <ErrorBanner error={info.error} onRetry={info.reload} />;
  else if (!info.data) body = null;
  else if (info.data.problem) body = <DatabaseProblem info={info.data} />;
  else if (info.data.firstRun) body = <FirstRunPage />;
  else body = <Frame />;
  return <ToastProvider>{body}</ToastProvider>;
}
