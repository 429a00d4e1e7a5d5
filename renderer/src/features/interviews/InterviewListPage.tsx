// Runs in: renderer. All interviews, newest first, filtered by guide or theme; paged and virtualized.
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewRow } from '../../../../shared/domain/interviews';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { Page } from '../../ui/Page';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { useQuery } from '../../ui/useQuery';

export function InterviewListPage() {
  const { t } = useTranslation('interviews');
  const guideSelect = useId();
  const themeSelect = useId();
  const [guideId, setGuideId] = useState('');
  const [theme, setTheme] = useState('');
  const guides = useQuery('interviewGuides:list', { limit: 200 });
  const themes = useQuery('interviews:themes', {});
  const queryKey = JSON.stringify({ guideId, theme });

  const fetchPage = useCallback(
    (offset: number, limit: number) => {
      const filters = JSON.parse(queryKey) as { guideId: string; theme: string };
      return call('interviews:list', {
        guideId: filters.guideId || undefined,
        theme: filters.theme || undefined,
        offset,
        limit,
      });
    },
    [queryKey],
  );

  const columns: Column<InterviewRow>[] = [
    { key: 'date', header: t('columns.date'), width: '105px', render: (r) => r.date },
    {
      key: 'person',
      header: t('columns.interviewee'),
      width: 'minmax(140px, 2fr)',
      render: (r) => r.intervieweeName,
    },
    {
      key: 'organisation',
      header: t('columns.organisation'),
      width: 'minmax(120px, 2fr)',
      render: (r) => r.companyName ?? r.organisation,
    },
    {
      key: 'themes',
      header: t('columns.themes'),
      width: 'minmax(140px, 2fr)',
      render: (r) => r.themes.join(', '),
    },
    {
      key: 'flags',
      header: t('columns.flags'),
      width: 'minmax(140px, 1.5fr)',
      render: (r) => (
        <span className="visit-badges">
          <span className="badge">{t('badges.answers', { count: r.answerCount })}</span>
          {r.confidential && (
            <span className="badge badge-confidential">{t('badges.confidential')}</span>
          )}
        </span>
      ),
    },
  ];

  return (
    <Page
      title={t('list.title')}
      subtitle={t('list.subtitle')}
      actions={
        <a className="button button-primary" href={href('analysis', 'interviews', 'new')}>
          {t('list.new')}
        </a>
      }
    >
      <div className="filters" role="group" aria-label={t('list.filters')}>
        <label htmlFor={guideSelect}>
          {t('list.guide')}
          <select id={guideSelect} value={guideId} onChange={(e) => setGuideId(e.target.value)}>
            <option value="">{t('list.allGuides')}</option>
            {(guides.data?.rows ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={themeSelect}>
          {t('list.theme')}
          <select id={themeSelect} value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value="">{t('list.allThemes')}</option>
            {(themes.data ?? []).map((th) => (
              <option key={th.theme} value={th.theme}>
                {th.theme} ({th.count})
              </option>
            ))}
          </select>
        </label>
      </div>
      <PagedTable<InterviewRow>
        label={t('list.label')}
        testId="interviews-table"
        columns={columns}
        fetchPage={fetchPage}
        queryKey={queryKey}
        rowKey={(r) => r.id}
        onOpen={(r) => navigate('analysis', 'interviews', r.id)}
        emptyText={guideId || theme ? t('list.emptyFiltered') : t('list.empty')}
      />
    </Page>
  );
}
