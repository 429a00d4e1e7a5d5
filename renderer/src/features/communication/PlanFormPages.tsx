// Runs in: renderer. The plan-item form as a new item, as a suggestion from a finished action or a
// green goal (I25), and as an edit of a saved item.
import { useTranslation } from 'react-i18next';
import type { SourceKind } from '../../../../shared/domain/communication';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { emptyPlanForm, PlanItemForm } from './PlanItemForm';

export function PlanNewPage({ programmeId }: { programmeId: string }) {
  return <PlanItemForm programmeId={programmeId} initial={emptyPlanForm} />;
}

export function PlanFromSourcePage({
  programmeId,
  kind,
  id,
}: {
  programmeId: string;
  kind: SourceKind;
  id: string;
}) {
  const { t } = useTranslation('communication');
  const prefill = useQuery('communication:prefill', { kind, id });
  if (prefill.error) {
    return (
      <Page title={t('planForm.fromTitle')}>
        <ErrorBanner error={prefill.error} onRetry={prefill.reload} />
        <a href={href('communication', 'untold')}>{t('tabs.untold')}</a>
      </Page>
    );
  }
  if (!prefill.data) return <Page title={t('planForm.fromTitle')}>{null}</Page>;
  const p = prefill.data;
  return (
    <PlanItemForm
      programmeId={programmeId}
      source={p.source}
      initial={{
        ...emptyPlanForm,
        message: p.message,
        why: p.why,
        audiences: p.audiences,
        channel: p.channel,
        upward: p.upward,
      }}
    />
  );
}

export function PlanEditPage({ id }: { id: string }) {
  const { t } = useTranslation('communication');
  const item = useQuery('communication:planGet', { id });
  if (item.error) {
    return (
      <Page title={t('planForm.editTitle')}>
        <ErrorBanner error={item.error} onRetry={item.reload} />
        <a href={href('communication')}>{t('tabs.plan')}</a>
      </Page>
    );
  }
  if (!item.data) return <Page title={t('planForm.editTitle')}>{null}</Page>;
  const i = item.data;
  return (
    <PlanItemForm
      programmeId={i.programmeId}
      itemId={i.id}
      initial={{
        message: i.message,
        why: i.why,
        audiences: i.audiences,
        channel: i.channel,
        plannedDate: i.plannedDate ?? '',
        period: i.period,
        responsible: { stakeholderId: i.responsibleStakeholderId, name: i.responsibleName },
        status: i.status,
        upward: i.upward,
        note: i.note,
      }}
    />
  );
}
