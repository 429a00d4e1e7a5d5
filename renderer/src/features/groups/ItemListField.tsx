// Runs in: renderer. An ordered list of short texts (agenda points, questions, outcomes): each row
// an input, with buttons to move it, remove it and add one after the last.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ListItem {
  /** Stable key in the form; the stored id for outcomes that exist. */
  key: string;
  id?: string;
  text: string;
  /** Shown after the row, e.g. "Har blivit insikt". */
  note?: string;
}

// Layout of one row; the shared stylesheet has no rule for an editable ordered list.
const rowStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 6,
  marginBottom: 6,
} as const;

let counter = 0;
export const newItem = (text = ''): ListItem => ({ key: `new-${++counter}`, text });

export function ItemListField({
  legend,
  itemLabel,
  hint,
  items,
  onChange,
  errors,
}: {
  legend: string;
  /** The label of row n, e.g. "Punkt 2". */
  itemLabel: (n: number) => string;
  hint?: string;
  items: ListItem[];
  onChange: (items: ListItem[]) => void;
  /** Row index → message. */
  errors: Record<number, string>;
}) {
  const { t } = useTranslation('groups');
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const focusRow = (index: number) =>
    window.setTimeout(() => {
      const inputs = listRef.current?.querySelectorAll('input');
      inputs?.[Math.min(index, inputs.length - 1)]?.focus();
    });
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next);
    focusRow(to);
  };
  return (
    <fieldset className="item-list-field">
      <legend>{legend}</legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ol ref={listRef} className="plain-list">
        {items.map((item, i) => {
          const n = i + 1;
          const error = errors[i];
          return (
            <li key={item.key} style={rowStyle}>
              <label className="visually-hidden" htmlFor={`${id}-${item.key}`}>
                {itemLabel(n)}
              </label>
              <span aria-hidden="true">{n}.</span>
              <input
                id={`${id}-${item.key}`}
                style={{ flex: '1 1 20rem' }}
                value={item.text}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-${item.key}-error` : undefined}
                onChange={(e) =>
                  onChange(items.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))
                }
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    if (i === items.length - 1) {
                      onChange([...items, newItem()]);
                      focusRow(items.length);
                    } else focusRow(i + 1);
                  }
                }}
              />
              <button
                type="button"
                className="button button-small"
                disabled={i === 0}
                aria-label={t('form.moveUp', { n })}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={i === items.length - 1}
                aria-label={t('form.moveDown', { n })}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={t('form.removeItem', { n })}
                onClick={() => {
                  onChange(items.filter((_, j) => j !== i));
                  focusRow(i);
                }}
              >
                ×
              </button>
              {item.note && <span className="badge">{item.note}</span>}
              {error && (
                <div
                  className="field-error"
                  id={`${id}-${item.key}-error`}
                  role="alert"
                  style={{ flexBasis: '100%' }}
                >
                  {error}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          onChange([...items, newItem()]);
          focusRow(items.length);
        }}
      >
        + {t('form.addItem')}
      </button>
    </fieldset>
  );
}
