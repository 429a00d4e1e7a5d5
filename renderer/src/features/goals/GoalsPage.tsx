// Runs in: renderer. The programme's focus areas in priority order, each with its goals and their
// status, then the candidates and any goals without a focus area; the warnings on top (F03, P10).
import { useTranslation } from 'react-i18next';
import type { FocusArea } from '../../../../shared/domain/focusAreas';
import type { GoalRow, GoalStatusId } from '../../../../shared/domain/goals';
import { goalStatuses } from '../../../../shared/domain/goals';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { FocusAreaCard } from './FocusAreaCard';
import type { ProgrammeRef } from './GoalsRoute';
import { GoalsTable } from './GoalsTable';
import { WarningsPanel } from './WarningsPanel';

function StatusSummary({ goals }: { goals: GoalRow[] }) {
  const { t } = useTranslation('goals');
  const counts = new Map<GoalStatusId, number>();
  for (const g of goals) counts.set(g.status.status, (counts.get(g.status.status) ?? 0) + 1);
  return (
    <ul className="goal-summary plain-list" aria-label={t('summary.label')}>
      {goalStatuses.map((s) => (
        <li key={s.id} className={`goal-status goal-status-${s.id}`}>
          <span aria-hidden="true" className="goal-status-icon">
            {s.icon}
          </span>{' '}
          {t('summary.count', { count: counts.get(s.id) ?? 0, label: label(s) })}
        </li>
      ))}
    </ul>
  );
}

export function GoalsPage({ programme }: { programme: ProgrammeRef }) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const areas = useQuery('focusAreas:list', { programmeId: programme.id });
  const goals = useQuery('goals:list', { programmeId: programme.id });
  const error = areas.error ?? goals.error;

  const actions = (
    <>
      <a className="button button-primary" href={href('goals', 'new')}>
        {t('actions.newGoal')}
      </a>
      <a className="button" href={href('goals', 'areas', 'new')}>
        {t('actions.newFocusArea')}
      </a>
      <a className="button" href={href('goals', 'ranking')}>
        {t('actions.ranking')}
      </a>
    </>
  );
  if (error) {
    return (
      <Page title={t('title')} subtitle={programme.name} actions={actions}>
        <ErrorBanner
          error={error}
          onRetry={() => {
            areas.reload();
            goals.reload();
          }}
        />
      </Page>
    );
  }
  if (!areas.data || !goals.data) {
    return (
      <Page title={t('title')} subtitle={programme.name} actions={actions}>
        {null}
      </Page>
    );
  }

  const chosen = areas.data.filter((a) => !a.candidate);
  const candidates = areas.data.filter((a) => a.candidate);
  const goalsOf = new Map(goals.data.groups.map((g) => [g.focusArea?.id ?? '', g.goals]));
  const allGoals = goals.data.groups.flatMap((g) => g.goals);
  const loose = goalsOf.get('') ?? [];

  const move = async (area: FocusArea, step: -1 | 1) => {
    const ids = chosen.map((a) => a.id);
    const from = ids.indexOf(area.id);
    const to = from + step;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    const result = await mutate('focusAreas:reorder', { programmeId: programme.id, ids });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    // The card moved in the document; keep the keyboard on the button that moved it.
    window.setTimeout(() => {
      const button = document.getElementById(`move-${step < 0 ? 'up' : 'down'}-${area.id}`);
      if (button && !(button as HTMLButtonElement).disabled) button.focus();
      else document.getElementById(`area-${area.id}`)?.focus();
    }, 50);
  };

  return (
    <Page title={t('title')} subtitle={programme.name} actions={actions}>
      {allGoals.length > 0 && <StatusSummary goals={allGoals} />}
      <WarningsPanel programmeId={programme.id} />
      {areas.data.length === 0 && allGoals.length === 0 && (
        <div className="card">
          <Empty>{t('list.empty')}</Empty>
        </div>
      )}
      {chosen.map((area, index) => (
        <FocusAreaCard
          key={area.id}
          area={area}
          goals={goalsOf.get(area.id) ?? []}
          first={index === 0}
          last={index === chosen.length - 1}
          onMove={(step) => void move(area, step)}
        />
      ))}
      {loose.length > 0 && (
        <section className="card focus-area-card" aria-labelledby="goals-loose">
          <h2 id="goals-loose">{t('list.loose')}</h2>
          <p className="muted">{t('list.looseHint')}</p>
          <GoalsTable goals={loose} caption={t('list.loose')} />
        </section>
      )}
      {candidates.length > 0 && (
        <section className="card focus-area-card" aria-labelledby="goals-candidates">
          <h2 id="goals-candidates">{t('list.candidates')}</h2>
          <p className="muted">{t('list.candidatesHint')}</p>
          <ul className="plain-list">
            {candidates.map((c) => (
              <li key={c.id}>
                <a href={href('goals', 'areas', c.id)}>{c.name}</a>
                {c.impact !== null && c.effort !== null && (
                  <span className="muted">
                    {' '}
                    · {t('list.impactEffort', { impact: c.impact, effort: c.effort })}
                  </span>
                )}
                {(goalsOf.get(c.id) ?? []).length > 0 && (
                  <GoalsTable
                    goals={goalsOf.get(c.id) ?? []}
                    caption={t('list.goalsOf', { name: c.name })}
                  />
                )}
              </li>
            ))}
          </ul>
          <p>
            <a href={href('goals', 'ranking')}>{t('actions.ranking')}</a>
          </p>
        </section>
      )}
    </Page>
  );
}
