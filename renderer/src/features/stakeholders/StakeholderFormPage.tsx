// Runs in: renderer. The create and edit screens of a stakeholder: loads the record, then the form.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { StakeholderForm } from './StakeholderForm';

export function StakeholderFormPage({ id }: { id?: string }) {
  const { t } = useTranslation('stakeholders');
  const existing = useQuery('stakeholders:get', { id: id ?? '' }, id !== undefined);

  if (id === undefined) {
    return (
      <Page title={t('newTitle')}>
        <StakeholderForm />
      </Page>
    );
  }
  if (existing.error) {
    return (
      <Page title={t('notFound')}>
        <ErrorBanner error={existing.error} onRetry={existing.reload} />
        <p>
          <a href={href('stakeholders')}>{t('backToList')}</a>
        </p>
      </Page>
    );
  }
  if (!existing.data) return null;
  return (
    <Page title={t('editTitle', { name: existing.data.name })}>
      <StakeholderForm existing={existing.data} />
    </Page>
  );
}
