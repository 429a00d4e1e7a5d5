// Runs in: renderer. Papperskorg: deleted companies, stakeholders and visits, to restore or erase for
// good. Erasing a person removes their personal data everywhere (GDPR), so it asks first.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trashKinds } from '../../../../shared/domain/trash';
import { label } from '../../i18n';
import type { TrashItem } from '../../../../shared/domain/app';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorBanner, Page } from '../../ui/Page';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

const kindLabel = (kind: string): string => {
  const entry = trashKinds.find((k) => k.id === kind);
  return entry ? label(entry) : kind;
};

const rowKey = (item: TrashItem) => `${item.kind}-${item.id}`;

export function TrashPage() {
  const { t } = useTranslation('trash');
  const toast = useToast();
  const [error, setError] = useState<AppError | null>(null);
  const [purging, setPurging] = useState<TrashItem | null>(null);
  const [busy, setBusy] = useState(false);

  const fetchPage = useCallback(
    (offset: number, limit: number) => call('trash:list', { offset, limit }),
    [],
  );

  const restore = async (item: TrashItem) => {
    setBusy(true);
    const result = await mutate('trash:restore', { kind: item.kind, id: item.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('restored', { title: item.title }));
  };

  const purge = async (item: TrashItem) => {
    setBusy(true);
    const result = await mutate('trash:purge', { kind: item.kind, id: item.id });
    setBusy(false);
    setPurging(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('purged', { title: item.title }));
  };

  const columns: Column<TrashItem>[] = [
    {
      key: 'kind',
      header: t('columns.kind'),
      width: '110px',
      render: (item) => kindLabel(item.kind),
    },
    {
      key: 'title',
      header: t('columns.title'),
      width: 'minmax(160px, 3fr)',
      render: (item) => item.title,
    },
    {
      key: 'deleted',
      header: t('columns.deletedAt'),
      width: '150px',
      render: (item) => formatTimestamp(item.deletedAt),
    },
    {
      key: 'actions',
      header: t('columns.actions'),
      width: '270px',
      render: (item) => (
        // The row reacts to clicks and keys (Enter); the buttons' own must not reach it.
        <span
          className="row-actions"
          data-trash-key={rowKey(item)}
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
        >
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void restore(item)}
          >
            {t('restore')}
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            disabled={busy}
            onClick={() => setPurging(item)}
          >
            {t('purge')}
          </button>
        </span>
      ),
    },
  ];

  return (
    <Page title={t('title')} subtitle={t('subtitle')}>
      {error && <ErrorBanner error={error} />}
      <div
        className="trash-table"
        // Enter on a row moves focus to its Restore button; without this the same key press would
        // then also "click" that button.
        onKeyDownCapture={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).getAttribute('role') === 'grid') {
            e.preventDefault();
          }
        }}
      >
        <PagedTable<TrashItem>
          label={t('tableLabel')}
          testId="trash-table"
          columns={columns}
          fetchPage={fetchPage}
          queryKey="trash"
          rowKey={rowKey}
          // Enter on a row moves to its buttons: restore first, erase one Tab further.
          onOpen={(item) =>
            document
              .querySelector<HTMLButtonElement>(
                `[data-trash-key="${CSS.escape(rowKey(item))}"] button`,
              )
              ?.focus()
          }
          emptyText={t('empty')}
        />
      </div>
      {purging && (
        <ConfirmDialog
          title={t('confirm.title', { title: purging.title })}
          confirmLabel={t('confirm.button')}
          danger
          busy={busy}
          onConfirm={() => void purge(purging)}
          onCancel={() => setPurging(null)}
        >
          <p>{t('confirm.cannotUndo')}</p>
          <p>{t(`confirm.${purging.kind}`, { defaultValue: t('confirm.other') })}</p>
        </ConfirmDialog>
      )}
    </Page>
  );
}
