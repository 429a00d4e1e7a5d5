// Runs in: renderer. The indicator library (F13) as a dialog: each indicator with unit, direction,
// source, what it says and its pitfalls; "Välj" fills the goal's indicator fields. Escape closes,
// Tab stays inside, and focus goes back to the button that opened it.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { directions, indicatorSources, measureLevels } from '../../../../shared/domain/goals';
import {
  indicatorLibrary,
  type LibraryIndicator,
} from '../../../../shared/domain/indicatorLibrary';
import { label } from '../../i18n';

interface Props {
  onChoose: (indicator: LibraryIndicator) => void;
  onClose: () => void;
}

const labelOf = (list: readonly { id: string; sv: string; en: string }[], id: string) => {
  const entry = list.find((e) => e.id === id);
  return entry ? label(entry) : id;
};

export function IndicatorLibraryDialog({ onChoose, onClose }: Props) {
  const { t } = useTranslation('goals');
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialogRef.current?.querySelector<HTMLElement>('button.library-choose')?.focus();
    return () => previous?.focus?.();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab') {
      const focusables = dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled])');
      if (!focusables || focusables.length === 0) return;
      const first = focusables[0]!;
      const last = focusables[focusables.length - 1]!;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <div className="overlay" onMouseDown={onClose}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog library-dialog"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <div className="library-head">
          <h2 id={titleId} className="dialog-title">
            {t('library.title')}
          </h2>
          <button type="button" className="button" onClick={onClose}>
            {t('actions.close', { ns: 'common' })}
          </button>
        </div>
        <p className="muted">{t('library.intro')}</p>
        <ul className="library-list plain-list">
          {indicatorLibrary.map((ind) => (
            <li key={ind.id} className="library-item">
              <div className="library-item-head">
                <h3>{label(ind.name)}</h3>
                <button
                  type="button"
                  className="button button-small library-choose"
                  onClick={() => onChoose(ind)}
                >
                  {t('library.choose')}
                  <span className="visually-hidden"> {label(ind.name)}</span>
                </button>
              </div>
              <p className="muted">
                {label(ind.unit)} · {labelOf(directions, ind.direction)} ·{' '}
                {labelOf(indicatorSources, ind.source)} · {labelOf(measureLevels, ind.level)}
              </p>
              <p>{label(ind.guidance)}</p>
              <p>
                <strong>{t('library.pitfalls')}</strong> {label(ind.pitfalls)}
              </p>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
