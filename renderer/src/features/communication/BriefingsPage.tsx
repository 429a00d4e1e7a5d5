// Runs in: renderer. Politikerdragningar: the reminders, the intervals per body and every briefing,
// newest first.
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { BriefingIntervals } from './BriefingIntervals';
import { BriefingReminders } from './BriefingReminders';
import { CommunicationTabs } from './CommunicationTabs';

export function BriefingsPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('communication');
  const list = useQuery('communication:briefingList', { programmeId: programme.id });
  const briefings = list.data ?? [];
  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle', { programme: programme.name })}
      actions={
        <a className="button button-primary" href={href('communication', 'briefings', 'new')}>
          {t('briefings.new')}
        </a>
      }
    >
      <CommunicationTabs current="briefings" />
      <p className="muted">{t('briefings.intro')}</p>
      <BriefingReminders programmeId={programme.id} />
      {list.error && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.data && briefings.length === 0 && <p className="empty">{t('briefings.empty')}</p>}
      {briefings.length > 0 && (
        <div className="comm-table-wrap">
          <table className="data-table comm-table">
            <caption className="visually-hidden">{t('tabs.briefings')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('briefings.columns.date')}</th>
                <th scope="col">{t('briefings.columns.body')}</th>
                <th scope="col">{t('briefings.columns.topics')}</th>
                <th scope="col">{t('briefings.columns.participants')}</th>
                <th scope="col">{t('briefings.columns.reactions')}</th>
              </tr>
            </thead>
            <tbody>
              {briefings.map((b) => (
                <tr key={b.id}>
                  <td>
                    <a href={href('communication', 'briefings', b.id)}>{b.date}</a>
                  </td>
                  <td>{b.body}</td>
                  <td className="wrap">{b.topics || t('none')}</td>
                  <td className="wrap">
                    {b.participants.map((p) => p.name).join(', ') || t('none')}
                  </td>
                  <td className="wrap">{b.reactions || t('none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <BriefingIntervals programmeId={programme.id} />
    </Page>
  );
}
