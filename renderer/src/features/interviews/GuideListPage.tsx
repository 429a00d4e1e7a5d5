// Runs in: renderer. The interview guides: the same basic questions for everyone, reused interview
// after interview.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewGuideRow } from '../../../../shared/domain/interviews';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { Page } from '../../ui/Page';
import { PagedTable, type Column } from '../../ui/PagedTable';

export function GuideListPage() {
  const { t } = useTranslation('interviews');
  const fetchPage = useCallback(
    (offset: number, limit: number) => call('interviewGuides:list', { offset, limit }),
    [],
  );
  const columns: Column<InterviewGuideRow>[] = [
    { key: 'name', header: t('guides.name'), width: 'minmax(180px, 3fr)', render: (g) => g.name },
    {
      key: 'questions',
      header: t('guides.questions'),
      width: '110px',
      render: (g) => t('guides.questionCount', { count: g.questionCount }),
    },
    {
      key: 'interviews',
      header: t('guides.interviews'),
      width: '120px',
      render: (g) => t('guides.interviewCount', { count: g.interviewCount }),
    },
    {
      key: 'description',
      header: t('guides.description'),
      width: 'minmax(160px, 3fr)',
      render: (g) => g.description,
    },
  ];
  return (
    <Page
      title={t('guides.title')}
      subtitle={t('guides.subtitle')}
      actions={
        <a className="button button-primary" href={href('analysis', 'guides', 'new')}>
          {t('guides.new')}
        </a>
      }
    >
      <PagedTable<InterviewGuideRow>
        label={t('guides.title')}
        testId="guides-table"
        columns={columns}
        fetchPage={fetchPage}
        queryKey="guides"
        rowKey={(g) => g.id}
        onOpen={(g) => navigate('analysis', 'guides', g.id)}
        emptyText={t('guides.empty')}
      />
    </Page>
  );
}
