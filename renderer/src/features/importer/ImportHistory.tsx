// Runs in: renderer. Earlier imports of company lists, each one undoable until it is undone.
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { ErrorBanner } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { UndoImportButton } from './UndoImportButton';

/** `hideId`: the import just finished is shown above with its own undo button. */
export function ImportHistory({ hideId }: { hideId?: string }) {
  const { t } = useTranslation('importer');
  const list = useQuery('companies:importList', {});
  const batches = (list.data ?? []).filter((b) => b.id !== hideId);
  return (
    <section className="card" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('history.title')}</h2>
      {list.error && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.data && batches.length === 0 && <p className="empty">{t('history.none')}</p>}
      {batches.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-label={t('history.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('history.columns.date')}</th>
                <th scope="col">{t('history.columns.file')}</th>
                <th scope="col" className="num">
                  {t('history.columns.inserted')}
                </th>
                <th scope="col" className="num">
                  {t('history.columns.updated')}
                </th>
                <th scope="col" className="num">
                  {t('history.columns.skipped')}
                </th>
                <th scope="col">{t('history.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <td>{formatTimestamp(b.createdAt)}</td>
                  <td>{b.fileName}</td>
                  <td className="num">{b.inserted}</td>
                  <td className="num">{b.updated}</td>
                  <td className="num">{b.skipped}</td>
                  <td>
                    <UndoImportButton batch={b} named />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
