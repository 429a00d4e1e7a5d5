// Runs in: main process / Node. What other core code uses from backups.
export {
  backupToFile,
  createBackup,
  isBackupDue,
  listBackups,
  newestBackupAt,
  pruneBackups,
} from './backups';
export { backupFileName, parseBackupFileName, type BackupReason } from './fileNames';
export { restoreBackupFile } from './restore';
export { defaultRetention, selectBackupsToKeep, type RetentionRule } from './retention';
export { passesIntegrityCheck, verifyBackupFile } from './verify';
