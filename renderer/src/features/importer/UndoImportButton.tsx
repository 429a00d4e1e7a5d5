// Runs in: renderer. Undoes a whole import after a second, explicit yes.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../../shared/domain/imports';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

/** `named` adds the file and date to the button's accessible name (for rows in a list). */
export function UndoImportButton({ batch, named }: { batch: ImportBatch; named?: boolean }) {
  const { t } = useTranslation('importer');
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const noRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const refocus = useRef(false);

  // "No" gets the focus: pressing Enter twice must not undo an import by accident. After "No" the
  // focus goes back to the button rather than to the top of the page.
  useEffect(() => {
    if (confirming) noRef.current?.focus();
    else if (refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [confirming]);

  if (batch.undoneAt)
    return <span>{t('undo.undone', { date: formatTimestamp(batch.undoneAt) })}</span>;

  const undo = async () => {
    setWorking(true);
    const result = await mutate('companies:importUndo', { batchId: batch.id });
    setWorking(false);
    setConfirming(false);
    if (result.ok) toast.success(t('undo.done', { file: batch.fileName }));
    else toast.error(t('toast.failed', { ns: 'common', message: result.error.message }));
  };

  if (!confirming) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className="button button-danger"
        aria-label={
          named
            ? t('undo.buttonFor', { file: batch.fileName, date: formatTimestamp(batch.createdAt) })
            : undefined
        }
        onClick={() => setConfirming(true)}
      >
        {t('undo.button')}
      </button>
    );
  }
  return (
    <div className="undo-confirm" role="group" aria-label={t('undo.button')}>
      <p>{t('undo.confirm')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-danger"
          disabled={working}
          onClick={() => void undo()}
        >
          {working ? t('undo.working') : t('undo.yes')}
        </button>
        <button
          ref={noRef}
          type="button"
          className="button"
          disabled={working}
          onClick={() => {
            refocus.current = true;
            setConfirming(false);
          }}
        >
          {t('undo.no')}
        </button>
      </div>
    </div>
  );
}
