// Runs in: main process / Node. The fingerprint of the data a document was built from.
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
      return sorted;
    }
    return v;
  });
}

/** sha256 (hex) of the canonical JSON of `data`. */
export function fingerprint(data: unknown): string {
  return createHash('sha256').update(canonicalJson(data)).digest('hex');
}
