// Runs in: renderer. Uppföljning: '#/followup' periods and records, '#/followup/<id>' one record,
// '#/followup/lessons' lessons across records, '#/followup/redthread' the red thread. Everything
// belongs to the current programme; a record opened by its address is shown regardless.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import './followUp.css';
import { FollowUpHome } from './FollowUpHome';
import { FollowUpRecordPage } from './FollowUpRecordPage';
import { LessonsPage } from './LessonsPage';
import { RedThreadPage } from './RedThreadPage';

export function FollowUpTabs({ current }: { current: 'home' | 'lessons' | 'redthread' }) {
  const { t } = useTranslation('followUp');
  const tabs = [
    { id: 'home', route: href('followup') },
    { id: 'lessons', route: href('followup', 'lessons') },
    { id: 'redthread', route: href('followup', 'redthread') },
  ] as const;
  return (
    <nav className="analysis-tabs" aria-label={t('tabs.label')}>
      {tabs.map((tab) => (
        <a key={tab.id} href={tab.route} aria-current={current === tab.id ? 'page' : undefined}>
          {t(`tabs.${tab.id}`)}
        </a>
      ))}
    </nav>
  );
}

export function FollowUpRoute({ route }: { route: string[] }) {
  const { t } = useTranslation('followUp');
  const current = useQuery('programmes:current', {});
  const [first] = route;

  if (first && first !== 'lessons' && first !== 'redthread') {
    return <FollowUpRecordPage key={first} id={first} />;
  }
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
        <div className="card">
          <p>{t('noProgramme.text')}</p>
          <a className="button button-primary" href={href('process')}>
            {t('noProgramme.link')}
          </a>
        </div>
      </Page>
    );
  }
  const ref = { id: programme.id, name: programme.name };
  if (first === 'lessons') return <LessonsPage programme={ref} />;
  if (first === 'redthread') return <RedThreadPage programme={ref} />;
  return <FollowUpHome programme={ref} />;
}

export interface ProgrammeRef {
  id: string;
  name: string;
}
