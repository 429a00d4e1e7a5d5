// Runs in: renderer. The programme's groups: working group first, then reference and other groups.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { groupKindLabel } from './labels';

export function GroupListPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('groups');
  const list = useQuery('groups:list', { programmeId });
  return (
    <Page
      title={t('groups.title')}
      subtitle={t('groups.subtitle')}
      actions={
        <a className="button button-primary" href={href('meetings', 'groups', 'new')}>
          {t('groups.new')}
        </a>
      }
    >
      {list.error && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <Empty>{t('groups.empty')}</Empty>}
      {list.data && list.data.length > 0 && (
        <ul className="insight-list">
          {list.data.map((g) => (
            <li key={g.id} className="insight-item">
              <div className="insight-text">
                <a href={href('meetings', 'groups', g.id)}>{g.name}</a>
              </div>
              <div className="insight-meta">
                <span className="badge">{groupKindLabel(g.kind)}</span>{' '}
                {t('groups.members', { count: g.memberCount })}
                {' · '}
                {g.purpose || t('groups.noPurpose')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
