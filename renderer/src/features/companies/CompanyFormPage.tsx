// Runs in: renderer. The create and edit screens of a company: loads the record, then the form.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { CompanyForm } from './CompanyForm';

export function CompanyFormPage({ id }: { id?: string }) {
  const { t } = useTranslation('companies');
  const existing = useQuery('companies:get', { id: id ?? '' }, id !== undefined);

  if (id === undefined) {
    return (
      <Page title={t('newTitle')}>
        <CompanyForm />
      </Page>
    );
  }
  if (existing.error) {
    return (
      <Page title={t('title')}>
        <ErrorBanner error={existing.error} onRetry={existing.reload} />
        <p>
          <a href={href('companies')}>{t('backToList')}</a>
        </p>
      </Page>
    );
  }
  if (!existing.data) return null;
  return (
    <Page title={t('editTitle', { name: existing.data.name })}>
      <CompanyForm existing={existing.data} />
    </Page>
  );
}
