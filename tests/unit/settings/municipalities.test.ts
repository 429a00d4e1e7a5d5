// Runs in: vitest (Node). The list of Sweden's municipalities.
import { describe, expect, it } from 'vitest';
import { municipalities } from '../../../shared/domain/municipalities';

describe('municipalities', () => {
  it('has the 290 municipalities, each once', () => {
    expect(municipalities).toHaveLength(290);
    expect(new Set(municipalities).size).toBe(290);
  });

  it('uses the official short names, sorted as in a Swedish list', () => {
    for (const name of [
      'Ale',
      'Malung-Sälen',
      'Upplands Väsby',
      'Upplands-Bro',
      'Östra Göinge',
      'Övertorneå',
      'Gotland',
    ]) {
      expect(municipalities).toContain(name);
    }
    expect(municipalities).not.toContain('Stockholms stad');
    const sorted = [...municipalities].sort(new Intl.Collator('sv').compare);
    expect(municipalities).toEqual(sorted);
    expect(Object.isFrozen(municipalities)).toBe(true);
  });
});
