// Runs in: main process / Node. Which database file the app uses: a small pointer file in the data
// folder, so "open another database file" survives a restart.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const defaultDatabaseName = 'programverkstaden.sqlite';

interface AppConfig {
  databasePath?: string;
}

const configPath = (dataDir: string) => join(dataDir, 'config.json');

export function readDatabasePath(dataDir: string): string {
  try {
    const parsed = JSON.parse(readFileSync(configPath(dataDir), 'utf8')) as AppConfig;
    if (typeof parsed.databasePath === 'string' && parsed.databasePath.length > 0) {
      return parsed.databasePath;
    }
  } catch {
    // No pointer (first start) or an unreadable one: the default file in the data folder.
  }
  return join(dataDir, defaultDatabaseName);
}

export function writeDatabasePath(dataDir: string, databasePath: string): void {
  mkdirSync(dataDir, { recursive: true });
  const tmp = `${configPath(dataDir)}.tmp`;
  writeFileSync(tmp, JSON.stringify({ databasePath } satisfies AppConfig, null, 2));
  renameSync(tmp, configPath(dataDir));
}

export const dataDirExists = (dataDir: string): boolean => existsSync(dataDir);
