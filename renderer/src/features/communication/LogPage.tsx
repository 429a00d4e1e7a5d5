// Runs in: renderer. The communication log: what was told, when, where and to whom, newest first,
// with the year's spread over channels and audiences (I27) above it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { ChannelSpreadPanel } from './ChannelSpreadPanel';
import { CommunicationTabs } from './CommunicationTabs';
import { audienceList, channelLabel } from './labels';

export function LogPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('communication');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | ''>('');
  const log = useQuery('communication:logList', {
    programmeId: programme.id,
    ...(year === '' ? {} : { year }),
  });
  const entries = log.data ?? [];
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle', { programme: programme.name })}
      actions={
        <a className="button button-primary" href={href('communication', 'log', 'new')}>
          {t('log.new')}
        </a>
      }
    >
      <CommunicationTabs current="log" />
      <p className="muted">{t('log.intro')}</p>
      <ChannelSpreadPanel programmeId={programme.id} year={year === '' ? thisYear : year} />
      <div className="filters">
        <label className="check-label">
          {t('log.year')}{' '}
          <select
            value={year}
            onChange={(e) => setYear(e.target.value === '' ? '' : Number(e.target.value))}
          >
            <option value="">{t('log.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {log.error && <ErrorBanner error={log.error} onRetry={log.reload} />}
      {log.data && entries.length === 0 && <p className="empty">{t('log.empty')}</p>}
      {entries.length > 0 && (
        <div className="comm-table-wrap">
          <table className="data-table comm-table">
            <caption className="visually-hidden">{t('tabs.log')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('log.columns.date')}</th>
                <th scope="col">{t('log.columns.what')}</th>
                <th scope="col">{t('log.columns.channel')}</th>
                <th scope="col">{t('log.columns.audiences')}</th>
                <th scope="col">{t('log.columns.reach')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.date}</td>
                  <td className="wrap">
                    <a href={href('communication', 'log', e.id)}>{e.what}</a>
                    {e.upward && (
                      <>
                        {' '}
                        <span className="badge badge-flag" title={t('upwardHint')}>
                          <span aria-hidden="true">↑ </span>
                          {t('upward')}
                        </span>
                      </>
                    )}
                  </td>
                  <td>{channelLabel(e.channel)}</td>
                  <td className="wrap">{audienceList(e.audiences)}</td>
                  <td className="wrap">{e.reach || t('none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
