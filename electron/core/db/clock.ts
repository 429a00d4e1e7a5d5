// Runs in: main process / Node. One place for "now" and new ids, so tests and the demo generator
// can pin them.
import { randomUUID } from 'node:crypto';

let idSource: () => string = randomUUID;

export const nowIso = (): string => new Date().toISOString();
export const newId = (): string => idSource();

/** Runs `fn` with ids from `source` (the demo data must be the same on every run). */
export function withIdSource<T>(source: () => string, fn: () => T): T {
  const previous = idSource;
  idSource = source;
  try {
    return fn();
  } finally {
    idSource = previous;
  }
}
