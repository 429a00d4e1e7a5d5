// Runs in: renderer. One chosen focus area on the Mål screen: its place in the priority order
// (with move buttons), why, nuläge → önskat läge, responsible, Agenda 2030 tags and goals.
import { useTranslation } from 'react-i18next';
import { globalGoal } from '../../../../shared/domain/agenda2030';
import type { FocusArea } from '../../../../shared/domain/focusAreas';
import type { GoalRow } from '../../../../shared/domain/goals';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { FocusAreaSteeringPicker } from '../analysis/FocusAreaSteeringPicker';
import { GoalsTable } from './GoalsTable';

interface Props {
  area: FocusArea;
  goals: GoalRow[];
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
}

export function FocusAreaCard({ area, goals, first, last, onMove }: Props) {
  const { t } = useTranslation('goals');
  const headingId = `area-${area.id}`;
  return (
    <section className="card focus-area-card" aria-labelledby={headingId}>
      <header className="focus-area-head">
        <h2 id={headingId} tabIndex={-1}>
          <span className="focus-area-priority">{area.priority}.</span> {area.name}
        </h2>
        <div className="focus-area-tools">
          <button
            type="button"
            id={`move-up-${area.id}`}
            className="button button-small"
            disabled={first}
            aria-label={t('actions.moveUp', { name: area.name })}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            id={`move-down-${area.id}`}
            className="button button-small"
            disabled={last}
            aria-label={t('actions.moveDown', { name: area.name })}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <a className="button button-small" href={href('goals', 'areas', area.id)}>
            {t('actions.editArea')}
            <span className="visually-hidden"> {area.name}</span>
          </a>
          <a
            className="button button-small"
            href={`${href('goals', 'new')}?area=${encodeURIComponent(area.id)}`}
          >
            {t('actions.addGoal')}
            <span className="visually-hidden"> {t('actions.addGoalTo', { name: area.name })}</span>
          </a>
        </div>
      </header>
      <dl className="details focus-area-facts">
        <dt>{t('area.why')}</dt>
        <dd>{area.why || <span className="muted">{t('list.whyMissing')}</span>}</dd>
        {(area.currentState || area.desiredState) && (
          <>
            <dt>{t('area.stateShort')}</dt>
            <dd>
              {area.currentState || t('list.none')} <span aria-hidden="true">→</span>
              <span className="visually-hidden"> {t('area.desiredState')}: </span>{' '}
              {area.desiredState || t('list.none')}
            </dd>
          </>
        )}
        <dt>{t('area.responsible')}</dt>
        <dd>
          {area.responsibleStakeholderId ? (
            <a href={href('stakeholders', area.responsibleStakeholderId)}>{area.responsibleName}</a>
          ) : (
            area.responsibleName || <span className="muted">{t('list.responsibleMissing')}</span>
          )}
        </dd>
        {area.agenda2030.length > 0 && (
          <>
            <dt>{t('area.agenda2030')}</dt>
            <dd>
              <ul className="chips plain-list">
                {area.agenda2030.map((n) => {
                  const goal = globalGoal(n);
                  return (
                    <li key={n} className="chip">
                      {n} {goal ? label(goal) : ''}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <FocusAreaSteeringPicker focusAreaId={area.id} />
      <GoalsTable goals={goals} caption={t('list.goalsOf', { name: area.name })} />
    </section>
  );
}
