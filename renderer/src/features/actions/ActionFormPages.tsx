// Runs in: renderer. The form's three ways in: a new action (optionally in a focus area), a new
// action from a visit obstacle (prefilled, the origin kept), and a change to a saved action.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { ActionForm } from './ActionForm';
import { emptyActionForm, formFromAction } from './actionFormState';

export function NewActionPage({
  programmeId,
  focusAreaId,
}: {
  programmeId: string;
  focusAreaId?: string;
}) {
  return <ActionForm programmeId={programmeId} initial={emptyActionForm(focusAreaId)} />;
}

export function FromObstaclePage({
  programmeId,
  obstacleId,
}: {
  programmeId: string;
  obstacleId: string;
}) {
  const { t } = useTranslation('actions');
  const prefill = useQuery('actions:fromVisitObstacle', { obstacleId });
  if (prefill.error) {
    return (
      <Page title={t('form.newTitle')}>
        <ErrorBanner error={prefill.error} onRetry={prefill.reload} />
        <a href={href('actions')}>{t('detail.back')}</a>
      </Page>
    );
  }
  // Rendered once the prefill is here, so the form starts with it.
  if (!prefill.data) return <Page title={t('form.newTitle')}>{null}</Page>;
  const p = prefill.data;
  return (
    <ActionForm
      programmeId={programmeId}
      initial={{ ...emptyActionForm(), what: p.what }}
      origin={p.origin}
      context={t('form.fromObstacle', {
        company: p.visit.companyName,
        date: p.visit.visitDate,
        text: p.origin.note,
      })}
    />
  );
}

export function EditActionPage({ id }: { id: string }) {
  const { t } = useTranslation('actions');
  const action = useQuery('actions:get', { id });
  if (action.error) {
    return (
      <Page title={t('form.editTitle')}>
        <ErrorBanner error={action.error} onRetry={action.reload} />
        <a href={href('actions')}>{t('detail.back')}</a>
      </Page>
    );
  }
  if (!action.data) return <Page title={t('form.editTitle')}>{null}</Page>;
  return (
    <ActionForm
      key={action.data.id}
      programmeId={action.data.programmeId}
      initial={formFromAction(action.data)}
      actionId={action.data.id}
    />
  );
}
