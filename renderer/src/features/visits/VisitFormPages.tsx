// Runs in: renderer. The new-visit and edit-visit screens: load what the form starts from, then show it.
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { VisitForm } from './VisitForm';
import { emptyVisitForm, formFromVisit } from './visitFormState';

/** '#/visits/new?company=<id>' logs a visit for that company (from the company's page). */
const preselectedCompanyId = (): string =>
  new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('company') ?? '';

export function NewVisitPage() {
  const { t } = useTranslation('visits');
  const companyId = preselectedCompanyId();
  const company = useQuery('companies:get', { id: companyId }, !!companyId);
  const settings = useQuery('settings:get', {});
  const companyReady = !companyId || !!company.data || !!company.error;
  const settingsReady = !!settings.data || !!settings.error;
  if (!companyReady || !settingsReady) return <Page title={t('form.newTitle')}>{null}</Page>;
  const chosen = company.data
    ? {
        id: company.data.id,
        name: company.data.name,
        orgNumber: company.data.orgNumber,
        locality: company.data.locality,
      }
    : null;
  return <VisitForm initial={emptyVisitForm(chosen, settings.data?.officerName ?? '')} />;
}

export function EditVisitPage({ id }: { id: string }) {
  const { t } = useTranslation('visits');
  const visit = useQuery('visits:get', { id });
  if (visit.error) {
    return (
      <Page title={t('form.editTitle')}>
        <ErrorBanner error={visit.error} onRetry={visit.reload} />
      </Page>
    );
  }
  if (!visit.data) return <Page title={t('form.editTitle')}>{null}</Page>;
  return (
    <VisitForm key={visit.data.id} initial={formFromVisit(visit.data)} visitId={visit.data.id} />
  );
}
