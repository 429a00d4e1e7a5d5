// Runs in: renderer. A virtualized table that fetches pages on demand: only the visible rows are in
// the DOM and only the visible pages are loaded, so 100,000 rows feel like 100.
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { ErrorBanner } from './Page';
import { toAppError, useDataVersion } from './useQuery';

export interface Column<T> {
  key: string;
  header: string;
  /** CSS grid track, e.g. '120px' or '2fr'. */
  width: string;
  render: (row: T) => ReactNode;
}

const PAGE = 100;
const ROW_HEIGHT = 44;

interface Props<T> {
  label: string;
  columns: Column<T>[];
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>;
  /** Changes when the filters change: the table starts over. */
  queryKey: string;
  rowKey: (row: T) => string;
  onOpen: (row: T) => void;
  emptyText: string;
  testId?: string;
}

export function PagedTable<T>({
  label,
  columns,
  fetchPage,
  queryKey,
  rowKey,
  onOpen,
  emptyText,
  testId,
}: Props<T>) {
  const { t } = useTranslation();
  const version = useDataVersion();
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, T[]>>(new Map());
  const [error, setError] = useState<AppError | null>(null);
  const [active, setActive] = useState(0);
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback((pageIndex: number, gen: number) => {
    if (loading.current.has(pageIndex)) return;
    loading.current.add(pageIndex);
    fetchRef.current(pageIndex * PAGE, PAGE).then(
      (page) => {
        if (gen !== generation.current) return;
        setTotal(page.total);
        setPages((old) => new Map(old).set(pageIndex, page.rows));
      },
      (err: unknown) => gen === generation.current && setError(toAppError(err)),
    );
  }, []);

  useEffect(() => {
    generation.current += 1;
    loading.current = new Set();
    setPages(new Map());
    setError(null);
    setActive(0);
    load(0, generation.current);
  }, [queryKey, version, load]);

  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    for (const item of items) {
      const p = Math.floor(item.index / PAGE);
      if (!pages.has(p)) load(p, generation.current);
    }
  }, [items, pages, load]);

  const rowAt = (index: number): T | undefined =>
    pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  const template = columns.map((c) => c.width).join(' ');

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    let next = active;
    if (e.key === 'ArrowDown') next = Math.min(count - 1, active + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, active - 1);
    else if (e.key === 'PageDown') next = Math.min(count - 1, active + 10);
    else if (e.key === 'PageUp') next = Math.max(0, active - 10);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else if (e.key === 'Enter') {
      const row = rowAt(active);
      if (row) onOpen(row);
      return;
    } else return;
    e.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  if (error) return <ErrorBanner error={error} />;
  return (
    <div className="paged-table" data-testid={testId}>
      <div className="table-count" aria-live="polite">
        {total === null ? t('list.loading') : t('list.count', { count: total })}
      </div>
      <div
        role="grid"
        aria-label={label}
        aria-rowcount={count + 1}
        aria-activedescendant={count > 0 ? `${testId ?? 'row'}-${active}` : undefined}
        tabIndex={0}
        className="table-scroll"
        ref={scrollRef}
        onKeyDown={onKeyDown}
      >
        <div
          role="row"
          aria-rowindex={1}
          className="table-row table-head"
          style={{ gridTemplateColumns: template }}
        >
          {columns.map((c) => (
            <div role="columnheader" key={c.key}>
              {c.header}
            </div>
          ))}
        </div>
        {total === 0 && <p className="empty">{emptyText}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                role="row"
                key={row ? rowKey(row) : `loading-${item.index}`}
                id={`${testId ?? 'row'}-${item.index}`}
                aria-rowindex={item.index + 2}
                aria-selected={item.index === active}
                className={`table-row${item.index === active ? ' table-row-active' : ''}`}
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={() => {
                  setActive(item.index);
                  if (row) onOpen(row);
                }}
              >
                {row
                  ? columns.map((c) => (
                      <div role="gridcell" key={c.key}>
                        {c.render(row)}
                      </div>
                    ))
                  : columns.map((c) => (
                      <div role="gridcell" key={c.key} className="cell-loading" />
                    ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
