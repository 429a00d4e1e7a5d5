// Runs in: renderer. '#/followup/lessons': every lesson across the follow-ups (F06), filtered by
// focus area, goal or action, each with where it came from and the action it started (F07).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { SelectField } from '../../ui/fields';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { FollowUpTabs, type ProgrammeRef } from './FollowUpRoute';
import { LessonLinks } from './LessonItem';

export function LessonsPage({ programme }: { programme: ProgrammeRef }) {
  const { t } = useTranslation('followUp');
  const [focusAreaId, setFocusAreaId] = useState('');
  const [goalId, setGoalId] = useState('');
  const [actionId, setActionId] = useState('');
  const options = useQuery('actions:options', { programmeId: programme.id });
  const actions = useQuery('actions:list', { programmeId: programme.id, limit: 500 });
  const lessons = useQuery('followUp:lessons', {
    programmeId: programme.id,
    focusAreaId: focusAreaId || undefined,
    goalId: goalId || undefined,
    actionId: actionId || undefined,
  });
  const all = { value: '', label: t('lessons.all') };
  return (
    <>
      <FollowUpTabs current="lessons" />
      <Page title={t('lessons.title')} subtitle={t('lessons.subtitle')}>
        <div className="filters followup-filters">
          <SelectField
            label={t('lessons.focusArea')}
            value={focusAreaId}
            onChange={(e) => setFocusAreaId(e.target.value)}
            options={[
              all,
              ...(options.data?.focusAreas ?? []).map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
          <SelectField
            label={t('lessons.goal')}
            value={goalId}
            onChange={(e) => setGoalId(e.target.value)}
            options={[
              all,
              ...(options.data?.goals ?? []).map((g) => ({ value: g.id, label: g.text })),
            ]}
          />
          <SelectField
            label={t('lessons.action')}
            value={actionId}
            onChange={(e) => setActionId(e.target.value)}
            options={[
              all,
              ...(actions.data?.rows ?? []).map((a) => ({ value: a.id, label: a.what })),
            ]}
          />
        </div>
        {lessons.error && <ErrorBanner error={lessons.error} onRetry={lessons.reload} />}
        {lessons.data && (
          <>
            <p className="table-count" aria-live="polite">
              {t('lessons.count', { count: lessons.data.length })}
            </p>
            {lessons.data.length === 0 ? (
              <p className="empty">{t('lessons.empty')}</p>
            ) : (
              <ul className="plain-list followup-lessons">
                {lessons.data.map((l) => (
                  <li key={l.id} className="followup-lesson card">
                    <p className="followup-lesson-text">{l.text}</p>
                    <p className="muted">
                      <a href={href('followup', l.followUpId)}>
                        {t('lessons.from', { period: label(l.periodLabel) })}
                      </a>
                      {l.focusAreaName && ` · ${l.focusAreaName}`}
                    </p>
                    <LessonLinks lesson={l} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Page>
    </>
  );
}
