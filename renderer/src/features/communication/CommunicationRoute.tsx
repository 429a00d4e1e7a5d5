// Runs in: renderer. Kommunikation: '#/communication' the plan ('/new', '/new/<action|goal>/<id>' a
// new item, '/plan/<id>' one item, '/plan/<id>/edit'), '/log' the log ('/log/new',
// '/log/new/<planItemId>', '/log/<id>'), '/briefings' politician briefings ('/briefings/new',
// '/briefings/<id>') and '/untold' the results not yet told. All of the current programme.
import { useTranslation } from 'react-i18next';
import type { SourceKind } from '../../../../shared/domain/communication';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useCurrentProgramme } from '../actions/useProgramme';
import { BriefingEditPage, BriefingNewPage } from './BriefingFormPages';
import { BriefingsPage } from './BriefingsPage';
import { LogEditPage, LogNewPage } from './LogFormPages';
import { LogPage } from './LogPage';
import { PlanEditPage, PlanFromSourcePage, PlanNewPage } from './PlanFormPages';
import { PlanItemDetail } from './PlanItemDetail';
import { PlanPage } from './PlanPage';
import { UntoldPage } from './UntoldPage';
import './communication.css';

const isSourceKind = (s: string | undefined): s is SourceKind => s === 'action' || s === 'goal';

export function CommunicationRoute({ route }: { route: string[] }) {
  const { t } = useTranslation('communication');
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
  const programmeId = programme.id;
  if (first === 'new' && isSourceKind(second) && third) {
    return <PlanFromSourcePage key={third} programmeId={programmeId} kind={second} id={third} />;
  }
  if (first === 'new') return <PlanNewPage programmeId={programmeId} />;
  if (first === 'plan' && second) {
    return third === 'edit' ? (
      <PlanEditPage key={second} id={second} />
    ) : (
      <PlanItemDetail key={second} id={second} />
    );
  }
  if (first === 'log') {
    if (second === 'new') {
      return <LogNewPage key={third ?? 'plain'} programmeId={programmeId} planItemId={third} />;
    }
    if (second) return <LogEditPage key={second} id={second} />;
    return <LogPage programme={programme} />;
  }
  if (first === 'briefings') {
    if (second === 'new') return <BriefingNewPage programmeId={programmeId} />;
    if (second) return <BriefingEditPage key={second} id={second} />;
    return <BriefingsPage programme={programme} />;
  }
  if (first === 'untold') return <UntoldPage programme={programme} />;
  return <PlanPage programme={programme} />;
}
