// Runs in: vitest (Node).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkOrgNumber,
  invalidOrgNumberMessage,
} from '../../../electron/core/companies/orgNumber';
import { validOrgNumber } from './fixtures';

describe('checkOrgNumber', () => {
  it('accepts the usual ways of writing a number and stores NNNNNN-NNNN', () => {
    for (const written of ['556016-0680', '5560160680', '16556016-0680', ' 556016 0680 ']) {
      expect(checkOrgNumber(written)).toEqual({ valid: true, value: '556016-0680' });
    }
  });

  it('treats an empty field as no number', () => {
    expect(checkOrgNumber('')).toEqual({ valid: true, value: null });
    expect(checkOrgNumber('   ')).toEqual({ valid: true, value: null });
  });

  it('refuses a wrong check digit and nonsense', () => {
    expect(checkOrgNumber('556016-0681').valid).toBe(false);
    expect(checkOrgNumber('abc').valid).toBe(false);
    expect(checkOrgNumber('12345').valid).toBe(false);
  });

  it('explains a wrong check digit differently from a wrong shape', () => {
    expect(invalidOrgNumberMessage('556016-0681').sv).toBe(
      'Organisationsnumret 556016-0681 är inte giltigt (kontrollsiffran stämmer inte).',
    );
    expect(invalidOrgNumberMessage('abc').sv).toContain('NNNNNN-NNNN');
  });

  it('accepts every number with a correct Luhn digit and exactly one wrong digit of ten', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 9 }), (n, d) => {
        const good = validOrgNumber(`556${String(n).padStart(6, '0')}`);
        expect(checkOrgNumber(good)).toEqual({ valid: true, value: good });
        const wrong = good.slice(0, -1) + ((Number(good.at(-1)) + d) % 10);
        expect(checkOrgNumber(wrong).valid).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
