// Runs in: renderer. The lessons of one follow-up, and the form for a new one while it is a draft.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/domain/followUp';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { LessonForm } from './LessonForm';
import { LessonItem } from './LessonItem';

export function LessonsSection({ record, readOnly }: { record: FollowUp; readOnly: boolean }) {
  const { t } = useTranslation('followUp');
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const remove = async (id: string) => {
    const result = await mutate('followUp:deleteLesson', { id });
    if (result.ok) toast.success(t('lesson.removed'));
    else toast.error(result.error.message);
  };
  return (
    <div className="stack">
      {record.lessons.length === 0 ? (
        <p className="muted">{t('lesson.none')}</p>
      ) : (
        <ul className="plain-list followup-lessons">
          {record.lessons.map((l) => (
            <LessonItem
              key={l.id}
              lesson={l}
              onRemove={readOnly ? undefined : () => void remove(l.id)}
            />
          ))}
        </ul>
      )}
      {!readOnly &&
        (adding ? (
          <LessonForm record={record} onDone={() => setAdding(false)} />
        ) : (
          <div>
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t('lesson.add')}
            </button>
          </div>
        ))}
    </div>
  );
}
