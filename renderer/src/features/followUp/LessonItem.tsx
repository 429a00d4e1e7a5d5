// Runs in: renderer. One lesson with its links: where it came from and the action it started or
// changes (F07).
import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../../../shared/domain/followUp';
import { href } from '../../app/router';

export function LessonLinks({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation('followUp');
  return (
    <ul className="chips followup-lesson-links">
      {lesson.goalId && lesson.goalText && (
        <li className="chip">
          <a href={href('goals', lesson.goalId)}>
            {t('lesson.fromGoal', { name: lesson.goalText })}
          </a>
        </li>
      )}
      {lesson.actionId && lesson.actionWhat && (
        <li className="chip">
          <a href={href('actions', lesson.actionId)}>
            {t('lesson.fromAction', { name: lesson.actionWhat })}
          </a>
        </li>
      )}
      {lesson.resultActionId && lesson.resultActionWhat && (
        <li className="chip followup-result">
          <a href={href('actions', lesson.resultActionId)}>
            <span aria-hidden="true">➜ </span>
            {t(lesson.outcome === 'changed_action' ? 'lesson.changes' : 'lesson.created', {
              name: lesson.resultActionWhat,
            })}
          </a>
        </li>
      )}
    </ul>
  );
}

export function LessonItem({ lesson, onRemove }: { lesson: Lesson; onRemove?: () => void }) {
  const { t } = useTranslation('followUp');
  return (
    <li className="followup-lesson">
      <p className="followup-lesson-text">{lesson.text}</p>
      <LessonLinks lesson={lesson} />
      <div className="row-actions">
        {lesson.outcome === 'changed_action' && lesson.resultActionId && (
          <a className="button button-small" href={href('actions', lesson.resultActionId, 'edit')}>
            {t('lesson.openForChange')}
          </a>
        )}
        {onRemove && (
          <button type="button" className="button button-small" onClick={onRemove}>
            {t('lesson.remove')}
          </button>
        )}
      </div>
    </li>
  );
}
