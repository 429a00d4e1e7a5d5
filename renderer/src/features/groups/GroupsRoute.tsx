// Runs in: renderer. Grupper och möten: '#/meetings' the meetings ('/new', '/<id>', '/<id>/edit'),
// '#/meetings/groups' the groups ('/new', '/<id>', '/<id>/edit'), '#/meetings/timeline' the
// timeline (tidplan). Everything belongs to the current programme.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { GroupDetail } from './GroupDetail';
import { EditGroupPage, NewGroupPage } from './GroupForm';
import { GroupListPage } from './GroupListPage';
import { MeetingDetail } from './MeetingDetail';
import { EditMeetingPage, NewMeetingPage } from './MeetingForm';
import { MeetingListPage } from './MeetingListPage';
import { TimelinePage } from './TimelinePage';

const tabs = ['meetings', 'groups', 'timeline'] as const;

function Tabs({ current }: { current: (typeof tabs)[number] }) {
  const { t } = useTranslation('groups');
  return (
    <nav className="analysis-tabs" aria-label={t('tabs.label')}>
      {tabs.map((tab) => (
        <a
          key={tab}
          href={tab === 'meetings' ? href('meetings') : href('meetings', tab)}
          aria-current={current === tab ? 'page' : undefined}
        >
          {t(`tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}

function Screen({ route, programmeId }: { route: string[]; programmeId: string | null }) {
  const { t } = useTranslation('groups');
  const [first, second, third] = route;
  // A record opened by its address shows even without a current programme.
  if (first === 'groups' && second && second !== 'new') {
    return third === 'edit' ? <EditGroupPage id={second} /> : <GroupDetail id={second} />;
  }
  if (first && first !== 'new' && first !== 'groups' && first !== 'timeline') {
    return second === 'edit' ? <EditMeetingPage id={first} /> : <MeetingDetail id={first} />;
  }
  if (!programmeId) {
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
  if (first === 'groups') {
    return second === 'new' ? (
      <NewGroupPage programmeId={programmeId} />
    ) : (
      <GroupListPage programmeId={programmeId} />
    );
  }
  if (first === 'timeline') return <TimelinePage programmeId={programmeId} />;
  if (first === 'new') {
    // '#/meetings/new?group=<id>' starts a meeting of that group.
    const group = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('group');
    return <NewMeetingPage key={group ?? ''} programmeId={programmeId} groupId={group} />;
  }
  return <MeetingListPage programmeId={programmeId} />;
}

export function GroupsRoute({ route }: { route: string[] }) {
  const { t } = useTranslation('groups');
  const current = useQuery('programmes:current', {});
  const tab = route[0] === 'groups' ? 'groups' : route[0] === 'timeline' ? 'timeline' : 'meetings';
  let body;
  if (current.error) {
    body = (
      <Page title={t('title')}>
        <ErrorBanner error={current.error} onRetry={current.reload} />
      </Page>
    );
  } else if (!current.data) body = <Page title={t('title')}>{null}</Page>;
  else body = <Screen route={route} programmeId={current.data.programme?.id ?? null} />;
  return (
    <div className="analysis">
      <Tabs current={tab} />
      {body}
    </div>
  );
}
