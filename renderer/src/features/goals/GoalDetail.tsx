// Runs in: renderer. One goal: its status with the reason (and the manual status), the red thread
// (focus area, programme goal, action-plan goals), the indicator, the measurements as chart and
// table with the form to add more, and the target's revision history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { globalGoal } from '../../../../shared/domain/agenda2030';
import {
  directions,
  goalLevelKinds,
  goalTypes,
  horizons,
  indicatorSources,
  measureLevels,
  qualityChecks,
  type Goal,
} from '../../../../shared/domain/goals';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { CommunicationLinks } from '../communication/CommunicationLinks';
import { formatNumber } from './format';
import { libraryMatch } from './goalFormState';
import type { ProgrammeRef } from './GoalsRoute';
import { GoalChart } from './GoalChart';
import { IndicatorGuidance } from './IndicatorGuidance';
import { MeasurementsSection } from './MeasurementsSection';
import { OverrideSection } from './OverrideSection';
import { RevisionsSection } from './RevisionsSection';
import { StatusBadge } from './StatusBadge';

const labelOf = (list: readonly { id: string; sv: string; en: string }[], id: string) => {
  const entry = list.find((e) => e.id === id);
  return entry ? label(entry) : id;
};

export function GoalDetail({ id, programme }: { id: string; programme: ProgrammeRef }) {
  const { t } = useTranslation('goals');
  const query = useQuery('goals:get', { id });
  if (query.error) {
    return (
      <Page title={t('detail.title')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('goals')}>{t('detail.back')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('detail.title')}>{null}</Page>;
  return <GoalView goal={query.data} programme={programme} />;
}

function GoalView({ goal, programme }: { goal: Goal; programme: ProgrammeRef }) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const dash = t('list.none');
  const value = (v: number | null, date: string | null) =>
    v === null ? dash : `${formatNumber(v)}${date ? ` (${date})` : ''}`;
  const guidance = libraryMatch(goal.indicatorName);

  const remove = async () => {
    setBusy(true);
    const result = await mutate('goals:delete', { id: goal.id });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('toast.deleted', { ns: 'common', name: goal.text }), {
      undo: () => {
        void mutate('goals:restore', { id: goal.id }).then((r) => {
          if (r.ok) {
            toast.success(t('toast.restored', { ns: 'common' }));
            navigate('goals', goal.id);
          } else toast.error(r.error.message);
        });
      },
    });
    navigate('goals');
  };

  return (
    <Page
      title={goal.text}
      subtitle={
        <>
          {labelOf(goalLevelKinds, goal.levelKind)}
          {goal.focusAreaName ? ` · ${goal.focusAreaName}` : ''} · {programme.name}
        </>
      }
      actions={
        <>
          <a className="button button-primary" href={href('goals', goal.id, 'edit')}>
            {t('actions.edit', { ns: 'common' })}
          </a>
          {goal.levelKind === 'programme' && (
            <a
              className="button"
              href={`${href('goals', 'new')}?area=${encodeURIComponent(goal.focusAreaId ?? '')}&parent=${encodeURIComponent(goal.id)}`}
            >
              {t('detail.addChild')}
            </a>
          )}
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('actions.delete', { ns: 'common' })}
          </button>
        </>
      }
    >
      <p>
        <a href={href('goals')}>{t('detail.back')}</a>
      </p>
      <section className="card goal-status-card" aria-labelledby="goal-status-title">
        <h2 id="goal-status-title">{t('detail.status')}</h2>
        <p className="goal-status-line" data-testid="goal-status">
          <StatusBadge status={goal.status} large />
          {goal.status.overridden && <span className="badge">{t('detail.overridden')}</span>}
        </p>
        <p>{label(goal.status.reason)}</p>
        <p className="muted">{t('detail.ruleHint')}</p>
        <OverrideSection goal={goal} />
      </section>

      <div className="grid-2 goal-detail-grid">
        <section className="card" aria-labelledby="goal-facts-title">
          <h2 id="goal-facts-title">{t('detail.facts')}</h2>
          <dl className="details">
            <dt>{t('goal.why')}</dt>
            <dd>{goal.why || <span className="muted">{t('list.whyMissing')}</span>}</dd>
            <dt>{t('goal.focusArea')}</dt>
            <dd>
              {goal.focusAreaId && goal.focusAreaName ? (
                <a href={href('goals', 'areas', goal.focusAreaId)}>{goal.focusAreaName}</a>
              ) : (
                t('goal.noFocusArea')
              )}
            </dd>
            {goal.parentGoalId && (
              <>
                <dt>{t('goal.parent')}</dt>
                <dd>
                  {goal.parentGoalText ? (
                    <a href={href('goals', goal.parentGoalId)}>{goal.parentGoalText}</a>
                  ) : (
                    dash
                  )}
                </dd>
              </>
            )}
            {goal.children.length > 0 && (
              <>
                <dt>{t('detail.children')}</dt>
                <dd>
                  <ul className="plain-list">
                    {goal.children.map((c) => (
                      <li key={c.id}>
                        <a href={href('goals', c.id)}>{c.text}</a> <StatusBadge status={c.status} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <dt>{t('goal.type')}</dt>
            <dd>{labelOf(goalTypes, goal.type)}</dd>
            <dt>{t('goal.measureLevel')}</dt>
            <dd>{labelOf(measureLevels, goal.measureLevel)}</dd>
            <dt>{t('goal.horizon')}</dt>
            <dd>{labelOf(horizons, goal.horizon)}</dd>
            <dt>{t('detail.influenceable')}</dt>
            <dd>
              {goal.influenceable ? (
                t('detail.yes')
              ) : (
                <span className="badge badge-warning">{t('detail.notInfluenceable')}</span>
              )}
            </dd>
            <dt>{t('goal.qualitySection')}</dt>
            <dd>
              <ul className="plain-list quality-list">
                {qualityChecks.map((q) => (
                  <li key={q.id}>
                    <span aria-hidden="true">{goal.quality[q.id] ? '✔ ' : '○ '}</span>
                    {label(q)}
                    <span className="visually-hidden">
                      : {goal.quality[q.id] ? t('detail.yes') : t('detail.no')}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
            {goal.agenda2030.length > 0 && (
              <>
                <dt>{t('area.agenda2030')}</dt>
                <dd>
                  <ul className="chips plain-list">
                    {goal.agenda2030.map((n) => (
                      <li key={n} className="chip">
                        {n} {globalGoal(n) ? label(globalGoal(n)!) : ''}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {goal.achievedAt && (
              <>
                <dt>{t('goal.achievedAt')}</dt>
                <dd>{goal.achievedAt}</dd>
              </>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="goal-indicator-title">
          <h2 id="goal-indicator-title">{t('goal.indicatorSection')}</h2>
          <dl className="details">
            <dt>{t('goal.indicatorName')}</dt>
            <dd>{goal.indicatorName || <span className="muted">{t('list.noIndicator')}</span>}</dd>
            <dt>{t('goal.indicatorUnit')}</dt>
            <dd>{goal.indicatorUnit || dash}</dd>
            <dt>{t('goal.direction')}</dt>
            <dd>{labelOf(directions, goal.direction)}</dd>
            <dt>{t('goal.source')}</dt>
            <dd>
              {labelOf(indicatorSources, goal.indicatorSource)}
              {goal.indicatorSourceNote && <div className="muted">{goal.indicatorSourceNote}</div>}
            </dd>
            <dt>{t('list.columns.baseline')}</dt>
            <dd>{value(goal.baselineValue, goal.baselineDate)}</dd>
            <dt>{t('list.columns.target')}</dt>
            <dd>{value(goal.targetValue, goal.targetDate)}</dd>
            <dt>{t('list.columns.latest')}</dt>
            <dd>{value(goal.latestValue, goal.latestDate)}</dd>
          </dl>
          {guidance && <IndicatorGuidance indicator={guidance} />}
        </section>
      </div>

      <GoalChart goal={goal} />
      <MeasurementsSection goal={goal} />
      <RevisionsSection goal={goal} />
      <CommunicationLinks kind="goal" id={goal.id} />
    </Page>
  );
}
