// Runs in: renderer. The new-interview and edit-interview screens: load what the form starts from.
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { InterviewForm } from './InterviewForm';
import { emptyInterviewForm, formFromInterview } from './interviewFormState';

/** '#/analysis/interviews/new?guide=<id>' starts with that guide's questions. */
const preselectedGuideId = (): string =>
  new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('guide') ?? '';

export function NewInterviewPage() {
  return <InterviewForm initial={{ ...emptyInterviewForm(), guideId: preselectedGuideId() }} />;
}

export function EditInterviewPage({ id }: { id: string }) {
  const { t } = useTranslation('interviews');
  const interview = useQuery('interviews:get', { id });
  if (interview.error) {
    return (
      <Page title={t('form.editTitle')}>
        <ErrorBanner error={interview.error} onRetry={interview.reload} />
      </Page>
    );
  }
  if (!interview.data) return <Page title={t('form.editTitle')}>{null}</Page>;
  return (
    <InterviewForm
      key={interview.data.id}
      initial={formFromInterview(interview.data)}
      interviewId={interview.data.id}
    />
  );
}
