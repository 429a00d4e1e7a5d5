// Runs in: main process / Node. Backup file names: the local time they were taken and why.
import type { BackupInfo } from '../../../shared/domain/app';

export type BackupReason = BackupInfo['reason'];

export const backupReasons: readonly BackupReason[] = [
  'start',
  'daily',
  'migration',
  'manual',
  'before-restore',
  'before-open',
];

const pattern = new RegExp(
  `^programverkstaden-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(${backupReasons.join('|')})(?:-(\\d+))?\\.sqlite$`,
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `programverkstaden-YYYYMMDD-HHMMSS-<reason>[-N].sqlite` in local time, as the officer reads it. */
export function backupFileName(at: Date, reason: BackupReason, counter = 1): string {
  const date = `${pad(at.getFullYear(), 4)}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  const suffix = counter > 1 ? `-${counter}` : '';
  return `programverkstaden-${date}-${time}-${reason}${suffix}.sqlite`;
}

export interface ParsedBackupName {
  createdAt: Date;
  reason: BackupReason;
  /** 1 for the first backup of that second, 2… when the name was taken. */
  counter: number;
}

/** Null for any file that is not one of ours, so nothing else in the folder is ever touched. */
export function parseBackupFileName(fileName: string): ParsedBackupName | null {
  const m = pattern.exec(fileName);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const createdAt = new Date(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(createdAt.getTime()) || createdAt.getMonth() !== mo - 1) return null;
  return { createdAt, reason: m[7] as BackupReason, counter: m[8] ? Number(m[8]) : 1 };
}
