// Runs in: renderer. Handlingsplan: '#/actions' the plan, '/new' a new action ('/new/area/<id>' in
// a focus area, '/new/obstacle/<id>' from a visit obstacle), '/<id>' an action, '/<id>/edit',
// '/workshop' the full-screen workshop view. Everything belongs to the current programme.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { ActionDetail } from './ActionDetail';
import { EditActionPage, FromObstaclePage, NewActionPage } from './ActionFormPages';
import { ActionPlanPage } from './ActionPlanPage';
import { useCurrentProgramme } from './useProgramme';
import { WorkshopPage } from './workshop/WorkshopPage';

export function ActionsRoute({ route }: { route: string[] }) {
  const { t } = useTranslation('actions');
  const current = useCurrentProgramme();
  const [first, second, third] = route;

  if (current.error) {
    return (
      <Page title={t('title')}>
        <ErrorBanner error={current.error} onRetry={current.reload} />
      </Page>
    );
  }
  if (!current.data) return <Page title={t('title')}>{null}</Page>;
  const programme = current.data.programme;
  // An action opened by its address is shown even without a current programme.
  if (first && first !== 'new' && first !== 'workshop') {
    return second === 'edit' ? <EditActionPage id={first} /> : <ActionDetail id={first} />;
  }
  if (!programme) {
    return (
      <Page title={t('noProgramme.title')}>
        <p>{t('noProgramme.text')}</p>
        <p>
          <a className="button button-primary" href={href('process')}>
            {t('noProgramme.link')}
          </a>
        </p>
      </Page>
    );
  }
  if (first === 'workshop') return <WorkshopPage programme={programme} />;
  if (first === 'new' && second === 'obstacle' && third) {
    return <FromObstaclePage key={third} programmeId={programme.id} obstacleId={third} />;
  }
  if (first === 'new') {
    return (
      <NewActionPage
        key={third ?? 'plain'}
        programmeId={programme.id}
        focusAreaId={second === 'area' ? third : undefined}
      />
    );
  }
  return <ActionPlanPage programme={programme} />;
}
