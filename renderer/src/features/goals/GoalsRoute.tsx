// Runs in: renderer. Mål: '' focus areas with their goals and the warnings, 'ranking' the candidate
// ranking, 'areas/new' and 'areas/<id>' the focus-area form, 'new' a goal, '<id>' a goal's detail,
// '<id>/edit' its form. Everything belongs to the current programme; without one, the screen says
// so and links to Processen where the first programme is created.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { EditFocusAreaPage, NewFocusAreaPage } from './FocusAreaPages';
import { GoalDetail } from './GoalDetail';
import { EditGoalPage, NewGoalPage } from './GoalPages';
import { GoalsPage } from './GoalsPage';
import { RankingPage } from './RankingPage';

export function GoalsRoute({ route }: { route: string[] }) {
  const { t } = useTranslation('goals');
  const current = useQuery('programmes:current', {});
  const [first, second] = route;

  if (current.error) {
    return (
      <Page title={t('title')}>
        <ErrorBanner error={current.error} onRetry={current.reload} />
      </Page>
    );
  }
  if (!current.data) return <Page title={t('title')}>{null}</Page>;
  const programme = current.data.programme;
  if (!programme) {
    return (
      <Page title={t('title')}>
        <div className="card goals-no-programme">
          <p>{t('noProgramme.text')}</p>
          <a className="button button-primary" href={href('process')}>
            {t('noProgramme.link')}
          </a>
        </div>
      </Page>
    );
  }
  const ref = { id: programme.id, name: programme.name };
  if (!first) return <GoalsPage programme={ref} />;
  if (first === 'ranking') return <RankingPage programme={ref} />;
  if (first === 'areas') {
    if (!second || second === 'new')
      return <NewFocusAreaPage key={window.location.hash} programme={ref} />;
    return <EditFocusAreaPage key={second} id={second} programme={ref} />;
  }
  if (first === 'new') return <NewGoalPage key={window.location.hash} programme={ref} />;
  if (second === 'edit') return <EditGoalPage key={first} id={first} programme={ref} />;
  return <GoalDetail key={first} id={first} programme={ref} />;
}

export interface ProgrammeRef {
  id: string;
  name: string;
}
