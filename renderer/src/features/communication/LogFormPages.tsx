// Runs in: renderer. The log form as a new entry (optionally carrying out a plan item, which fills
// in its channel, audiences and upward flag) and as an edit of a saved entry.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { localDate } from './today';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { LogEntryForm, type LogFormState } from './LogEntryForm';
import { useDeleteWithUndo } from './useDeleteWithUndo';

const blank = (): LogFormState => ({
  date: localDate(),
  what: '',
  channel: 'meeting',
  audiences: [],
  reach: '',
  planItemId: '',
  upward: false,
});

export function LogNewPage({
  programmeId,
  planItemId,
}: {
  programmeId: string;
  planItemId?: string;
}) {
  const { t } = useTranslation('communication');
  const item = useQuery('communication:planGet', { id: planItemId ?? '' }, !!planItemId);
  if (!planItemId) return <LogEntryForm programmeId={programmeId} initial={blank()} />;
  if (item.error) {
    return (
      <Page title={t('logForm.newTitle')}>
        <ErrorBanner error={item.error} onRetry={item.reload} />
      </Page>
    );
  }
  if (!item.data) return <Page title={t('logForm.newTitle')}>{null}</Page>;
  const p = item.data;
  return (
    <LogEntryForm
      programmeId={programmeId}
      initial={{
        ...blank(),
        what: p.message,
        channel: p.channel,
        audiences: p.audiences,
        planItemId: p.id,
        upward: p.upward,
      }}
    />
  );
}

export function LogEditPage({ id }: { id: string }) {
  const { t } = useTranslation('communication');
  const entry = useQuery('communication:logGet', { id });
  const { remove } = useDeleteWithUndo(
    'log',
    id,
    t('logForm.deletedName', { what: entry.data?.what.slice(0, 60) ?? '' }),
    ['communication', 'log'],
    ['communication', 'log', id],
  );
  if (entry.error) {
    return (
      <Page title={t('logForm.editTitle')}>
        <ErrorBanner error={entry.error} onRetry={entry.reload} />
        <a href={href('communication', 'log')}>{t('tabs.log')}</a>
      </Page>
    );
  }
  if (!entry.data) return <Page title={t('logForm.editTitle')}>{null}</Page>;
  const e = entry.data;
  return (
    <LogEntryForm
      programmeId={e.programmeId}
      entryId={e.id}
      onDelete={() => void remove()}
      source={e.source}
      initial={{
        date: e.date,
        what: e.what,
        channel: e.channel,
        audiences: e.audiences,
        reach: e.reach,
        planItemId: e.planItemId ?? '',
        upward: e.upward,
      }}
    />
  );
}
