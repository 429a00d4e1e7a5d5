// Runs in: vitest (Node). The follow-up texts exist in Swedish and English with the same keys, and
// none of them blames anyone (F27).
import { describe, expect, it } from 'vitest';
import { followUp as en } from '../../../renderer/src/i18n/en/followUp';
import { followUp as sv } from '../../../renderer/src/i18n/sv/followUp';
import { breakKinds } from '../../../shared/domain/redThread';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const values = (o: object): string[] =>
  Object.values(o).flatMap((v) =>
    typeof v === 'object' && v !== null ? values(v as object) : [String(v)],
  );

describe('follow-up texts', () => {
  it('has the same keys in sv and en', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('uses encouraging wording', () => {
    const all = [...values(sv), ...breakKinds.map((k) => k.sv)].join(' ');
    expect(all).not.toMatch(/misslyck|dålig|skuld|fel av|underkänd/i);
  });
});
