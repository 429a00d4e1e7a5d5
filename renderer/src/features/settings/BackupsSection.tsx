// Runs in: renderer. Backups in Settings: take one now, or go back to one (after a confirmation,
// since everything changed after it leaves the active database; the core backs up the current state first).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/app';
import type { AppError } from '../../../../shared/errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorBanner } from '../../ui/Page';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { BackupsTable } from './BackupsTable';

export function BackupsSection() {
  const { t } = useTranslation('settings');
  const toast = useToast();
  const backups = useQuery('backups:list', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const backupNow = async () => {
    setBusy(true);
    const result = await mutate('backups:create', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('backups.created'));
  };

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    const result = await mutate('backups:restore', { fileName: backup.fileName });
    if (!result.ok) {
      setBusy(false);
      setRestoring(null);
      setError(result.error);
      return;
    }
    window.location.reload();
  };

  return (
    <section aria-labelledby="settings-backups">
      <div className="section-header">
        <h3 id="settings-backups">{t('backups.title')}</h3>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void backupNow()}
        >
          {t('backups.now')}
        </button>
      </div>
      <p className="field-hint">{t('backups.hint')}</p>
      {error && <ErrorBanner error={error} />}
      {backups.error && <ErrorBanner error={backups.error} onRetry={backups.reload} />}
      {backups.data && <BackupsTable backups={backups.data} busy={busy} onRestore={setRestoring} />}
      {restoring && (
        <ConfirmDialog
          title={t('backups.confirmTitle', { date: formatTimestamp(restoring.createdAt) })}
          confirmLabel={t('backups.confirmButton')}
          busy={busy}
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        >
          <p>{t('backups.confirmText', { date: formatTimestamp(restoring.createdAt) })}</p>
          <p>{t('backups.confirmSafety')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
