// Runs in: renderer. The briefing form as a new briefing (today, ready for the body) and as an edit
// of a saved one, with delete and undo.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { BriefingForm } from './BriefingForm';
import { localDate } from './today';
import { useDeleteWithUndo } from './useDeleteWithUndo';

export function BriefingNewPage({ programmeId }: { programmeId: string }) {
  return (
    <BriefingForm
      programmeId={programmeId}
      initial={{
        date: localDate(),
        body: '',
        topics: '',
        participants: [],
        reactions: '',
        followUp: '',
      }}
    />
  );
}

export function BriefingEditPage({ id }: { id: string }) {
  const { t } = useTranslation('communication');
  const briefing = useQuery('communication:briefingGet', { id });
  const { remove } = useDeleteWithUndo(
    'briefing',
    id,
    t('briefingForm.deletedName', {
      body: briefing.data?.body ?? '',
      date: briefing.data?.date ?? '',
    }),
    ['communication', 'briefings'],
    ['communication', 'briefings', id],
  );
  if (briefing.error) {
    return (
      <Page title={t('briefingForm.editTitle')}>
        <ErrorBanner error={briefing.error} onRetry={briefing.reload} />
        <a href={href('communication', 'briefings')}>{t('tabs.briefings')}</a>
      </Page>
    );
  }
  if (!briefing.data) return <Page title={t('briefingForm.editTitle')}>{null}</Page>;
  const b = briefing.data;
  return (
    <BriefingForm
      programmeId={b.programmeId}
      briefingId={b.id}
      onDelete={() => void remove()}
      initial={{
        date: b.date,
        body: b.body,
        topics: b.topics,
        participants: b.participants,
        reactions: b.reactions,
        followUp: b.followUp,
      }}
    />
  );
}
