// Runs in: renderer. An interview's themes: chips for the chosen ones, a field where Enter adds a
// new one, and the themes used in other interviews one click away, so the same words get reused.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../ui/useQuery';

const SUGGESTIONS = 12;

export function ThemesField({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (themes: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('interviews');
  const inputId = useId();
  const labelId = useId();
  const [text, setText] = useState('');
  const used = useQuery('interviews:themes', {});
  const has = (theme: string) =>
    value.some((v) => v.toLocaleLowerCase('sv') === theme.toLocaleLowerCase('sv'));
  const suggestions = (used.data ?? [])
    .map((u) => u.theme)
    .filter((theme) => !has(theme))
    .slice(0, SUGGESTIONS);

  const add = (theme: string) => {
    const clean = theme.trim().replace(/\s+/g, ' ');
    if (clean && !has(clean)) onChange([...value, clean]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    add(text);
    setText('');
  };

  return (
    <div className={`field themes-field${error ? ' field-invalid' : ''}`}>
      <span className="field-label" id={labelId}>
        {t('form.themes')}
      </span>
      {value.length > 0 && (
        <ul className="chips plain-list" aria-labelledby={labelId}>
          {value.map((theme) => (
            <li key={theme} className="chip">
              {theme}
              <button
                type="button"
                className="icon-button chip-remove"
                aria-label={t('form.removeTheme', { theme })}
                onClick={() => onChange(value.filter((v) => v !== theme))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={inputId} className="visually-hidden">
        {t('form.newTheme')}
      </label>
      <input
        id={inputId}
        value={text}
        maxLength={100}
        placeholder={t('form.newTheme')}
        aria-describedby={`${inputId}-hint`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="field-hint" id={`${inputId}-hint`}>
        {t('form.themesHint')}
      </div>
      {suggestions.length > 0 && (
        <div className="chips" role="group" aria-label={t('form.usedThemes')}>
          {suggestions.map((theme) => (
            <button
              key={theme}
              type="button"
              className="button button-small"
              onClick={() => add(theme)}
            >
              + {theme}
            </button>
          ))}
        </div>
      )}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
