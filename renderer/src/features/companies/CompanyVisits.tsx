// Runs in: renderer. The visits to one company, newest first, each opening the visit.
import { useTranslation } from 'react-i18next';
import { visitTopics } from '../../../../shared/domain/visitTopics';
import type { VisitRow } from '../../../../shared/domain/visits';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { PagedTable, type Column } from '../../ui/PagedTable';

/** Built-in topics are stored by id; topics the officer typed are stored as written. */
const topicLabel = (topic: string): string => {
  const builtIn = visitTopics.find((v) => v.id === topic);
  return builtIn ? label(builtIn) : topic;
};

export function CompanyVisits({
  companyId,
  companyName,
}: {
  companyId: string;
  companyName: string;
}) {
  const { t } = useTranslation('companies');
  const columns: Column<VisitRow>[] = [
    {
      key: 'date',
      header: t('detail.visitColumns.date'),
      width: '110px',
      // A real link too, so the visit can be opened with the mouse, Tab and Enter or a screen reader.
      render: (v) => <a href={href('visits', v.id)}>{v.visitDate}</a>,
    },
    {
      key: 'purpose',
      header: t('detail.visitColumns.purpose'),
      width: '2fr',
      render: (v) => v.purpose,
    },
    {
      key: 'topics',
      header: t('detail.visitColumns.topics'),
      width: '2fr',
      render: (v) => v.topics.map(topicLabel).join(', '),
    },
  ];
  return (
    <PagedTable<VisitRow>
      label={t('detail.visitsTable', { name: companyName })}
      columns={columns}
      queryKey={companyId}
      fetchPage={(offset, limit) =>
        call('visits:list', { companyId, sort: 'date_desc', offset, limit })
      }
      rowKey={(v) => v.id}
      onOpen={(v) => navigate('visits', v.id)}
      emptyText={t('detail.noVisits')}
      testId="company-visits-table"
    />
  );
}
