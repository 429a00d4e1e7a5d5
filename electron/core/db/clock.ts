// Runs in: main process / Node. One place for "now" and new ids, so tests can pin them.
import { randomUUID } from 'node:crypto';

export const nowIso = (): string => new Date().toISOString();
export const newId = (): string => randomUUID();
