// Runs in: renderer. A new case (ärende): its basics, then the case page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { navigate } from '../../app/router';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { CaseBasicsForm, type CaseBasics } from './CaseBasicsForm';

export function NewCasePage() {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const create = async (basics: CaseBasics) => {
    setSaving(true);
    const result = await mutate('cases:create', basics);
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('created'));
    navigate('cases', result.value.id);
  };
  return (
    <Page title={t('newTitle')} subtitle={t('newSubtitle')}>
      <CaseBasicsForm
        saving={saving}
        error={error}
        submitLabel={t('create')}
        onSubmit={(b) => void create(b)}
        onCancel={() => navigate('cases')}
      />
    </Page>
  );
}
