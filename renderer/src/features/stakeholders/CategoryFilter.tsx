// Runs in: renderer. A drop-down checkbox list of the actor categories for the list filter.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actorCategories, type ActorCategory } from '../../../../shared/domain/actorCategories';
import { label } from '../../i18n';

interface Props {
  value: ActorCategory[];
  onChange: (next: ActorCategory[]) => void;
}

export function CategoryFilter({ value, onChange }: Props) {
  const { t } = useTranslation('stakeholders');
  const [open, setOpen] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);

  // Behaves like a drop-down: a click anywhere else closes it.
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (e: MouseEvent) => {
      if (!detailsRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const toggle = (id: ActorCategory, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((c) => c !== id));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      summaryRef.current?.focus();
    }
  };

  return (
    <details
      ref={detailsRef}
      className="filter-menu"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={onKeyDown}
    >
      <summary ref={summaryRef} className="button">
        {value.length > 0
          ? t('filters.categoriesChosen', { count: value.length })
          : t('filters.categories')}
      </summary>
      <fieldset className="filter-menu-panel">
        <legend>{t('filters.categoriesLegend')}</legend>
        {actorCategories.map((c) => (
          <label key={c.id} className="check-label">
            <input
              type="checkbox"
              checked={value.includes(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            {label(c)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
