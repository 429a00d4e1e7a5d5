// Runs in: renderer. The new-goal and edit-goal screens: load what the form starts from.
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { GoalForm } from './GoalForm';
import { emptyGoalForm, formFromGoal } from './goalFormState';
import type { ProgrammeRef } from './GoalsRoute';

/** '#/goals/new?area=<id>&parent=<id>' starts a goal in that focus area, under that goal. */
function preset(): { area: string; parent: string } {
  const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  return { area: params.get('area') ?? '', parent: params.get('parent') ?? '' };
}

export function NewGoalPage({ programme }: { programme: ProgrammeRef }) {
  const { area, parent } = preset();
  return <GoalForm programme={programme} initial={emptyGoalForm(area, parent)} />;
}

export function EditGoalPage({ id, programme }: { id: string; programme: ProgrammeRef }) {
  const { t } = useTranslation('goals');
  const goal = useQuery('goals:get', { id });
  if (goal.error) {
    return (
      <Page title={t('goal.editTitle')}>
        <ErrorBanner error={goal.error} onRetry={goal.reload} />
      </Page>
    );
  }
  if (!goal.data) return <Page title={t('goal.editTitle')}>{null}</Page>;
  return <GoalForm programme={programme} initial={formFromGoal(goal.data)} original={goal.data} />;
}
