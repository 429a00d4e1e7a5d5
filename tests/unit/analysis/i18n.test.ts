// Runs in: vitest (Node). The analysis texts exist in both languages with the same keys.
import { describe, expect, it } from 'vitest';
import { analysis as en } from '../../../renderer/src/i18n/en/analysis';
import { analysis as sv } from '../../../renderer/src/i18n/sv/analysis';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('analysis i18n', () => {
  it('has the same keys in Swedish and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    const values = (o: object): unknown[] =>
      Object.values(o).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [v]));
    for (const text of [...values(sv), ...values(en)]) expect(String(text).trim()).not.toBe('');
  });
});
