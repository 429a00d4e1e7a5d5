// Runs in: renderer. Global search (Ctrl+K) over companies, stakeholders and visits.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/domain/app';
import { call } from '../../api/client';
import { navigate } from '../../app/router';

const routeOf: Record<SearchHit['kind'], string[]> = {
  company: ['companies'],
  stakeholder: ['stakeholders'],
  visit: ['visits'],
  interview: ['analysis', 'interviews'],
  action: ['actions'],
};

export function SearchPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    if (query.trim().length < 2) {
      setHits([]);
      return undefined;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      call('search:global', { query, limit: 20 }).then(
        (result) => {
          if (!live) return;
          setHits(result);
          setActive(0);
        },
        () => live && setHits([]),
      );
    }, 80);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  const open = (hit: SearchHit) => {
    onClose();
    navigate(...routeOf[hit.kind], hit.id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      open(hits[active]);
    }
  };

  return (
    <div className="overlay" onMouseDown={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={t('search.label')}
        className="dialog"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <input
          ref={inputRef}
          className="palette-input"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <ul
          id="search-results"
          role="listbox"
          className="palette-results"
          aria-label={t('search.label')}
        >
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              onClick={() => open(hit)}
              onMouseEnter={() => setActive(i)}
            >
              <span>
                <span className="badge">{t(`search.kinds.${hit.kind}`)}</span> {hit.title}
              </span>
              {hit.snippet && <span className="palette-snippet">{hit.snippet}</span>}
            </li>
          ))}
        </ul>
        {query.trim().length >= 2 && hits.length === 0 && (
          <p className="empty">{t('search.none', { query })}</p>
        )}
        {query.trim().length < 2 && <p className="field-hint">{t('search.hint')}</p>}
      </div>
    </div>
  );
}
