// Runs in: renderer. The list of cases (ärenden) with their status, and the remiss reminders.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses, type CaseRow, type CaseStatus } from '../../../../shared/domain/cases';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { SelectField } from '../../ui/fields';
import { Page } from '../../ui/Page';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { kindLabel, statusLabel } from './caseLabels';
import { RemindersBanner } from './RemindersBanner';

export function CaseListPage() {
  const { t } = useTranslation('cases');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const queryKey = status;
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('cases:list', {
        ...(queryKey ? { status: queryKey as CaseStatus } : {}),
        offset,
        limit,
      }),
    [queryKey],
  );
  const columns: Column<CaseRow>[] = [
    { key: 'dnr', header: t('list.dnr'), width: '130px', render: (c) => c.dnr },
    { key: 'title', header: t('list.title'), width: 'minmax(180px, 3fr)', render: (c) => c.title },
    { key: 'kind', header: t('list.kind'), width: '120px', render: (c) => kindLabel(c.kind) },
    {
      key: 'status',
      header: t('list.status'),
      width: '130px',
      render: (c) => (
        <span className={`badge case-status-${c.status}`}>{statusLabel(c.status)}</span>
      ),
    },
    {
      key: 'target',
      header: t('list.target'),
      width: '120px',
      render: (c) => c.targetKfDate ?? '',
    },
    {
      key: 'programme',
      header: t('list.programme'),
      width: 'minmax(140px, 2fr)',
      render: (c) => c.programmeName ?? '',
    },
  ];
  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <>
          <a className="button" href={href('cases', 'meetings')}>
            {t('meetings.link')}
          </a>
          <a className="button button-primary" href={href('cases', 'new')}>
            {t('new')}
          </a>
        </>
      }
    >
      <RemindersBanner />
      <div className="filters">
        <SelectField
          label={t('list.statusFilter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as CaseStatus | '')}
          options={[
            { value: '', label: t('list.allStatuses') },
            ...caseStatuses.map((s) => ({ value: s.id, label: label(s) })),
          ]}
        />
      </div>
      <PagedTable<CaseRow>
        label={t('list.label')}
        testId="cases-table"
        columns={columns}
        fetchPage={fetchPage}
        queryKey={queryKey}
        rowKey={(c) => c.id}
        onOpen={(c) => navigate('cases', c.id)}
        emptyText={status ? t('list.emptyFiltered') : t('list.empty')}
      />
    </Page>
  );
}
