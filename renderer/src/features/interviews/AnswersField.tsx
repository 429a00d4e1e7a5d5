// Runs in: renderer. The questions of the chosen guide, each with its answer, plus the officer's
// own questions asked along the way.
import { useTranslation } from 'react-i18next';
import { TextArea, TextField } from '../../ui/fields';
import { localKey, type AnswerState } from './interviewFormState';

export function AnswersField({
  answers,
  onChange,
  errors,
}: {
  answers: AnswerState[];
  onChange: (answers: AnswerState[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('interviews');
  const set = (index: number, patch: Partial<AnswerState>) =>
    onChange(answers.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  return (
    <fieldset className="wide answers-field">
      <legend>{t('form.answers')}</legend>
      {answers.length === 0 && <p className="muted">{t('form.noQuestions')}</p>}
      <ol className="answer-list">
        {answers.map((a, i) => {
          const own = a.questionId === null && !a.id;
          return (
            <li key={a.key}>
              {own ? (
                <TextField
                  label={t('form.ownQuestion', { n: i + 1 })}
                  value={a.questionText}
                  maxLength={1000}
                  error={errors[`answers.${i}.questionText`]}
                  onChange={(e) => set(i, { questionText: e.target.value })}
                />
              ) : null}
              <TextArea
                label={own ? t('form.answerTo', { n: i + 1 }) : a.questionText}
                value={a.answer}
                rows={3}
                error={errors[`answers.${i}.answer`]}
                onChange={(e) => set(i, { answer: e.target.value })}
              />
              {own && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(answers.filter((_, j) => j !== i))}
                >
                  {t('form.removeQuestion', { n: i + 1 })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          onChange([
            ...answers,
            { key: localKey(), questionId: null, questionText: '', answer: '' },
          ])
        }
      >
        {t('form.addQuestion')}
      </button>
    </fieldset>
  );
}
