// Runs in: renderer. A guide's questions in order: edit, move up and down, remove, add. A moved
// question keeps its id, so interviews already made still point at it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/fields';

export interface QuestionState {
  key: string;
  id?: string;
  text: string;
}

export function QuestionsEditor({
  questions,
  onChange,
  errors,
  newKey,
}: {
  questions: QuestionState[];
  onChange: (questions: QuestionState[]) => void;
  errors: Record<string, string>;
  newKey: () => string;
}) {
  const { t } = useTranslation('interviews');
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const focusKey = useRef<string | null>(null);

  useEffect(() => {
    if (!focusKey.current) return;
    inputs.current.get(focusKey.current)?.focus();
    focusKey.current = null;
  });

  const move = (index: number, by: -1 | 1) => {
    const next = [...questions];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    focusKey.current = item!.key;
    onChange(next);
  };

  const add = () => {
    const key = newKey();
    focusKey.current = key;
    onChange([...questions, { key, text: '' }]);
  };

  return (
    <fieldset className="wide questions-editor">
      <legend>{t('guides.questionsLegend')}</legend>
      {questions.length === 0 && <p className="muted">{t('guides.noQuestions')}</p>}
      <ol className="question-list">
        {questions.map((q, i) => (
          <li key={q.key}>
            <TextField
              ref={(el) => {
                if (el) inputs.current.set(q.key, el);
                else inputs.current.delete(q.key);
              }}
              label={t('guides.question', { n: i + 1 })}
              value={q.text}
              maxLength={1000}
              error={errors[`questions.${i}.text`]}
              onChange={(e) =>
                onChange(
                  questions.map((x) => (x.key === q.key ? { ...x, text: e.target.value } : x)),
                )
              }
            />
            <div className="row-actions">
              <button
                type="button"
                className="button button-small"
                disabled={i === 0}
                aria-label={t('guides.moveUp', { n: i + 1 })}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={i === questions.length - 1}
                aria-label={t('guides.moveDown', { n: i + 1 })}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={t('guides.remove', { n: i + 1 })}
                onClick={() => onChange(questions.filter((x) => x.key !== q.key))}
              >
                {t('guides.removeShort')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={add}>
        {t('guides.addQuestion')}
      </button>
    </fieldset>
  );
}
