// Runs in: renderer. The end of an import: what happened, undo, and the way back to the list.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../../shared/domain/imports';
import { href } from '../../app/router';
import { useQuery } from '../../ui/useQuery';
import { UndoImportButton } from './UndoImportButton';

export function ImportDone({ batch, onAgain }: { batch: ImportBatch; onAgain: () => void }) {
  const { t } = useTranslation('importer');
  // The list holds the batch's current state (undone or not) after an undo.
  const list = useQuery('companies:importList', {});
  const current = list.data?.find((b) => b.id === batch.id) ?? batch;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="import-done-title">
      <h2 id="import-done-title" ref={headingRef} tabIndex={-1}>
        {t('done.title')}
      </h2>
      <p role="status">
        {t('done.summary', {
          inserted: current.inserted,
          updated: current.updated,
          skipped: current.skipped,
        })}
      </p>
      <div className="form-actions">
        <a className="button button-primary" href={href('companies')}>
          {t('done.toList')}
        </a>
        <button type="button" className="button" onClick={onAgain}>
          {t('done.again')}
        </button>
      </div>
      <div className="import-undo">
        <UndoImportButton batch={current} />
      </div>
    </section>
  );
}
