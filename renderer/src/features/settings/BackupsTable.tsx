// Runs in: renderer. The backups on disk, newest first, each with a restore button.
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/app';
import { formatTimestamp } from '../../ui/formatTimestamp';

export function formatSize(bytes: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'sv-SE';
  if (bytes < 1024 * 1024)
    return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

interface Props {
  backups: BackupInfo[];
  busy: boolean;
  onRestore: (backup: BackupInfo) => void;
}

export function BackupsTable({ backups, busy, onRestore }: Props) {
  const { t, i18n } = useTranslation('settings');
  if (backups.length === 0) return <p className="empty">{t('backups.none')}</p>;
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <table className="simple-table backups-table">
      <caption className="visually-hidden">{t('backups.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backups.date')}</th>
          <th scope="col">{t('backups.reason')}</th>
          <th scope="col">{t('backups.size')}</th>
          <th scope="col">{t('backups.verified')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('backups.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((b) => (
          <tr key={b.fileName}>
            <td>{formatTimestamp(b.createdAt)}</td>
            <td>{t(`backups.reasons.${b.reason}`, { defaultValue: b.reason })}</td>
            <td>{formatSize(b.sizeBytes, i18n.language)}</td>
            <td>{b.verified ? t('backups.verifiedYes') : t('backups.verifiedNo')}</td>
            <td>
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                aria-label={t('backups.restoreOne', { date: formatTimestamp(b.createdAt) })}
                onClick={() => onRestore(b)}
              >
                {t('backups.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
