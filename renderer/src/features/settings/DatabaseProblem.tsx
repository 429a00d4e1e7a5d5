// Runs in: renderer. Shown instead of the app when the database could not be opened (damaged, or from
// a newer version). The file is left untouched; the way out is a backup or another database file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, BackupInfo } from '../../../../shared/domain/app';
import type { AppError } from '../../../../shared/errors';
import { ErrorBanner } from '../../ui/Page';
import { mutate, useQuery } from '../../ui/useQuery';
import { BackupsTable } from './BackupsTable';
import { OpenDatabaseForm } from './OpenDatabaseForm';

export function DatabaseProblem({ info }: { info: AppInfo }) {
  const { t } = useTranslation('settings');
  const backups = useQuery('backups:list', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    const result = await mutate('backups:restore', { fileName: backup.fileName });
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    window.location.reload();
  };

  return (
    <main className="first-run database-problem" aria-labelledby="problem-title">
      <h1 id="problem-title">{t('problem.title')}</h1>
      <div className="banner banner-error" role="alert">
        <span aria-hidden="true">⚠ </span>
        {info.problem?.message ?? t('problem.unknown')}
      </div>
      <p>{t('problem.untouched')}</p>
      <dl className="details">
        <dt>{t('data.dataDir')}</dt>
        <dd className="path">{info.dataDir}</dd>
        <dt>{t('data.databasePath')}</dt>
        <dd className="path">{info.databasePath}</dd>
      </dl>
      <section aria-labelledby="problem-backups">
        <h2 id="problem-backups">{t('problem.backupsTitle')}</h2>
        <p>{t('problem.backupsHint')}</p>
        {error && <ErrorBanner error={error} />}
        {backups.error && <ErrorBanner error={backups.error} onRetry={backups.reload} />}
        {backups.data && (
          <BackupsTable backups={backups.data} busy={busy} onRestore={(b) => void restore(b)} />
        )}
        {busy && <p aria-live="polite">{t('problem.restoring')}</p>}
      </section>
      <OpenDatabaseForm />
    </main>
  );
}
