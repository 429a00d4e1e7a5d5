// Runs in: renderer. Optional satisfaction score 1–5 as one radio group (one Tab stop, arrows choose).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const scores = [null, 1, 2, 3, 4, 5] as const;

export function SatisfactionField({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('visits');
  const id = useId();
  return (
    <fieldset
      className="satisfaction-field"
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
    >
      <legend>{t('form.satisfaction')}</legend>
      <div role="radiogroup" aria-label={t('form.satisfaction')} className="radio-row">
        {scores.map((score) => (
          <label key={score ?? 'none'} className="radio-option">
            <input
              type="radio"
              name={`${id}-score`}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            {score === null ? t('form.satisfactionNone') : String(score)}
          </label>
        ))}
      </div>
      {error ? (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : (
        <div className="field-hint" id={`${id}-hint`}>
          {t('form.satisfactionHint')}
        </div>
      )}
    </fieldset>
  );
}
