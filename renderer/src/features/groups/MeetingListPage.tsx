// Runs in: renderer. The programme's meetings: upcoming first, filtered by kind and group.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingKind } from '../../../../shared/domain/groups';
import { href } from '../../app/router';
import { SelectField } from '../../ui/fields';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { meetingKindLabel, meetingKindOptions, whenText } from './labels';
import { MeetingStatusText } from './StatusText';

export function MeetingListPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('groups');
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const [groupId, setGroupId] = useState('');
  const groups = useQuery('groups:list', { programmeId });
  const list = useQuery('processMeetings:list', {
    programmeId,
    ...(kind ? { kind } : {}),
    ...(groupId ? { groupId } : {}),
  });
  const filtered = kind !== '' || groupId !== '';
  const all = { value: '', label: t('meetings.all') };
  return (
    <Page
      title={t('meetings.title')}
      subtitle={t('meetings.subtitle')}
      actions={
        <a className="button button-primary" href={href('meetings', 'new')}>
          {t('meetings.new')}
        </a>
      }
    >
      <div className="visit-filters" role="group" aria-label={t('meetings.filters')}>
        <SelectField
          label={t('meetings.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as MeetingKind | '')}
          options={[all, ...meetingKindOptions()]}
        />
        <SelectField
          label={t('meetings.group')}
          value={groupId}
          onChange={(e) => setGroupId(e.target.value)}
          options={[all, ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        />
      </div>
      {list.error && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && (
        <Empty>{filtered ? t('meetings.emptyFiltered') : t('meetings.empty')}</Empty>
      )}
      {list.data && list.data.length > 0 && (
        <table className="simple-table">
          <caption className="visually-hidden">{t('meetings.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.date')}</th>
              <th scope="col">{t('meetings.meeting')}</th>
              <th scope="col">{t('meetings.kind')}</th>
              <th scope="col">{t('meetings.group')}</th>
              <th scope="col">{t('meetings.status')}</th>
              <th scope="col">{t('meetings.participants')}</th>
              <th scope="col">{t('meetings.outcomes')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((m) => (
              <tr key={m.id}>
                <td>{whenText(m.date, m.time)}</td>
                <td>
                  <a href={href('meetings', m.id)}>{m.title}</a>
                </td>
                <td>{meetingKindLabel(m.kind)}</td>
                <td>{m.groupName ?? t('none')}</td>
                <td>
                  <MeetingStatusText status={m.status} />
                </td>
                <td>
                  {m.status === 'held'
                    ? t('meetings.attendedOf', {
                        attended: m.attendedCount,
                        count: m.participantCount,
                      })
                    : m.participantCount}
                </td>
                <td>{m.outcomeCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
