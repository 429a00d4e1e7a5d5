// Runs in: renderer. The red thread as an accessible tree (WAI-ARIA tree pattern): one tab stop,
// arrow keys move and expand/collapse, Home/End jump, Enter opens the node's page. Statuses are
// shown as icon + text.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedThreadNode } from '../../../../shared/domain/redThread';
import { label } from '../../i18n';
import { StatusLabel } from '../actions/StatusLabel';
import { GoalStatusLabel } from './labels';
import { fixHref } from './RedThreadPage';

interface Visible {
  node: RedThreadNode;
  level: number;
  parent: string | null;
}

function allKeys(node: RedThreadNode): string[] {
  return node.children.length > 0 ? [node.key, ...node.children.flatMap(allKeys)] : [];
}

function visibleNodes(root: RedThreadNode, expanded: ReadonlySet<string>): Visible[] {
  const out: Visible[] = [];
  const walk = (n: RedThreadNode, level: number, parent: string | null) => {
    out.push({ node: n, level, parent });
    if (expanded.has(n.key)) for (const c of n.children) walk(c, level + 1, n.key);
  };
  walk(root, 1, null);
  return out;
}

const domId = (key: string) => `thread-${key.replace(/[^a-zA-Z0-9-]/g, '_')}`;

function NodeLine({ node }: { node: RedThreadNode }) {
  const { t } = useTranslation('followUp');
  let title = node.title;
  if (node.kind === 'group') title = t(`thread.groups.${node.id ?? ''}`);
  else if (node.kind === 'vision' && !title) title = t('thread.noVision');
  else if (node.kind === 'measurement' && !title) title = t('thread.noIndicator');
  const kind = t(`thread.kinds.${node.kind}`);
  return (
    <span className={`thread-line thread-${node.kind}`} id={`${domId(node.key)}-label`}>
      {kind && <span className="thread-kind">{kind}: </span>}
      {node.link ? (
        <a href={fixHref(node.link)} tabIndex={-1}>
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {node.kind === 'measurement' && (
        <span className="muted"> · {node.detail || t('thread.noMeasurement')}</span>
      )}
      {node.kind === 'goal' && node.goalStatus && (
        <>
          {' '}
          <GoalStatusLabel status={node.goalStatus.status} />
        </>
      )}
      {node.kind === 'measurement' && node.goalStatus && (
        <span className="visually-hidden"> · {label(node.goalStatus.reason)}</span>
      )}
      {node.actionStatus && (
        <>
          {' '}
          <StatusLabel status={node.actionStatus} />
        </>
      )}
      {node.breakCount > 0 && (
        <span className="badge badge-warning thread-breaks">
          <span aria-hidden="true">⚠ </span>
          {t('thread.breakCount', { count: node.breakCount })}
        </span>
      )}
    </span>
  );
}

export function ThreadTree({ root }: { root: RedThreadNode }) {
  const { t } = useTranslation('followUp');
  const everything = useMemo(() => allKeys(root), [root]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(everything));
  const [focused, setFocused] = useState(root.key);
  const treeRef = useRef<HTMLUListElement>(null);
  const [moved, setMoved] = useState(false);
  const visible = useMemo(() => visibleNodes(root, expanded), [root, expanded]);
  const current = visible.find((v) => v.node.key === focused) ?? visible[0]!;

  useEffect(() => {
    if (!moved) return;
    treeRef.current?.querySelector<HTMLElement>(`#${CSS.escape(domId(current.node.key))}`)?.focus();
  }, [current.node.key, moved]);

  const toggle = (key: string, open: boolean) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const index = visible.indexOf(current);
    const go = (v: Visible | undefined) => {
      if (!v) return;
      setMoved(true);
      setFocused(v.node.key);
    };
    const hasChildren = current.node.children.length > 0;
    const open = expanded.has(current.node.key);
    switch (e.key) {
      case 'ArrowDown':
        go(visible[index + 1]);
        break;
      case 'ArrowUp':
        go(visible[index - 1]);
        break;
      case 'Home':
        go(visible[0]);
        break;
      case 'End':
        go(visible.at(-1));
        break;
      case 'ArrowRight':
        if (hasChildren && !open) toggle(current.node.key, true);
        else if (hasChildren) go(visible[index + 1]);
        break;
      case 'ArrowLeft':
        if (hasChildren && open) toggle(current.node.key, false);
        else go(visible.find((v) => v.node.key === current.parent));
        break;
      case 'Enter':
        if (current.node.link) window.location.hash = fixHref(current.node.link).slice(1);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const renderNode = (n: RedThreadNode, level: number): ReactElement => {
    const hasChildren = n.children.length > 0;
    const open = expanded.has(n.key);
    return (
      <li
        key={n.key}
        id={domId(n.key)}
        role="treeitem"
        aria-level={level}
        aria-expanded={hasChildren ? open : undefined}
        aria-labelledby={`${domId(n.key)}-label`}
        tabIndex={n.key === current.node.key ? 0 : -1}
        className="thread-item"
        onFocus={(e) => {
          if (e.target === e.currentTarget) setFocused(n.key);
        }}
      >
        <div className="thread-row">
          {hasChildren ? (
            <button
              type="button"
              tabIndex={-1}
              aria-hidden="true"
              className="thread-toggle"
              onClick={() => toggle(n.key, !open)}
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="thread-toggle" aria-hidden="true" />
          )}
          <NodeLine node={n} />
        </div>
        {hasChildren && open && (
          <ul role="group">{n.children.map((c) => renderNode(c, level + 1))}</ul>
        )}
      </li>
    );
  };

  return (
    <div className="thread">
      <div className="row-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => setExpanded(new Set(everything))}
        >
          {t('thread.expandAll')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setExpanded(new Set([root.key]));
            setFocused(root.key);
          }}
        >
          {t('thread.collapseAll')}
        </button>
      </div>
      <ul
        role="tree"
        aria-label={t('thread.tree')}
        className="thread-tree"
        ref={treeRef}
        onKeyDown={onKeyDown}
      >
        {renderNode(root, 1)}
      </ul>
    </div>
  );
}
