// Runs in: renderer. The new and edit focus-area screens: load what the form starts from.
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { FocusAreaForm } from './FocusAreaForm';
import { emptyFocusAreaForm, formFromFocusArea } from './focusAreaFormState';
import type { ProgrammeRef } from './GoalsRoute';

/** '#/goals/areas/new?candidate=1' starts a candidate (from the ranking view). */
const startsAsCandidate = (): boolean =>
  new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('candidate') === '1';

export function NewFocusAreaPage({ programme }: { programme: ProgrammeRef }) {
  return <FocusAreaForm programme={programme} initial={emptyFocusAreaForm(startsAsCandidate())} />;
}

export function EditFocusAreaPage({ id, programme }: { id: string; programme: ProgrammeRef }) {
  const { t } = useTranslation('goals');
  const area = useQuery('focusAreas:get', { id });
  if (area.error) {
    return (
      <Page title={t('area.editTitle')}>
        <ErrorBanner error={area.error} onRetry={area.reload} />
      </Page>
    );
  }
  if (!area.data) return <Page title={t('area.editTitle')}>{null}</Page>;
  return <FocusAreaForm programme={programme} initial={formFromFocusArea(area.data)} areaId={id} />;
}
