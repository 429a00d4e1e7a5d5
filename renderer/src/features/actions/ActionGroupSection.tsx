// Runs in: renderer. One focus area of the action plan: its actions, 50 at a time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionGroup } from '../../../../shared/domain/actions';
import { href } from '../../app/router';
import { ErrorBanner } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { ActionTable } from './ActionTable';
import type { filterInput } from './actionFilters';

const PAGE = 50;
const MAX = 500;

interface Props {
  group: ActionGroup;
  filter: ReturnType<typeof filterInput>;
  stalledDays: number;
}

export function ActionGroupSection({ group, filter, stalledDays }: Props) {
  const { t } = useTranslation('actions');
  const [limit, setLimit] = useState(PAGE);
  const area = group.focusArea;
  const name = area ? area.name : t('noFocusArea');
  const rows = useQuery(
    'actions:list',
    { ...filter, focusAreaId: area ? area.id : null, offset: 0, limit },
    group.count > 0,
  );
  const headingId = `action-group-${area?.id ?? 'none'}`;
  const newHref = area ? href('actions', 'new', 'area', area.id) : href('actions', 'new');
  const page = rows.data;

  return (
    <section className="card action-group" aria-labelledby={headingId}>
      <header className="action-group-header">
        <h2 id={headingId}>
          {name}
          {area?.candidate && <span className="muted"> {t('candidate')}</span>}
        </h2>
        <span className="muted">{t('group.count', { count: group.count })}</span>
        <a
          className="button button-small"
          href={newHref}
          aria-label={t('group.addHere', { area: name })}
        >
          <span aria-hidden="true">+ </span>
          {t('new')}
        </a>
      </header>
      {rows.error && <ErrorBanner error={rows.error} onRetry={rows.reload} />}
      {group.count === 0 && <p className="empty">{t('group.empty')}</p>}
      {page && page.rows.length > 0 && (
        <ActionTable caption={name} rows={page.rows} stalledDays={stalledDays} />
      )}
      {page && page.total > page.rows.length && limit < MAX && (
        <button
          type="button"
          className="link-button"
          onClick={() => setLimit((l) => Math.min(MAX, l + PAGE))}
        >
          {t('group.showMore', { shown: page.rows.length, total: page.total })}
        </button>
      )}
    </section>
  );
}
