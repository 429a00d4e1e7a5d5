// Runs in: vitest (Node). Helpers for the backup tests: damaging a database file on purpose.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

export const fileHash = (path: string) =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

/** Overwrites the middle of the file (past the header) with garbage, as a bad disk sector would. */
export function damageFile(path: string): void {
  const bytes = readFileSync(path);
  const start = Math.max(4096, Math.floor(bytes.length / 2) - 2048);
  for (let i = start; i < Math.min(bytes.length, start + 4096); i++) bytes[i] = (i * 7919) % 251;
  writeFileSync(path, bytes);
}
