// Runs in: main process / Node. Valid Swedish organisation numbers for the demo companies.
import type { Random } from './random';

/** The Luhn check digit for the first nine digits of an organisation number. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Legal forms by their org. number group: 5 = aktiebolag, 7 = ek. förening, 9 = HB/KB. */
export type LegalForm = 'AB' | 'HB' | 'KB' | 'ek. för.';

/** A new, unique, valid org. number (NNNNNN-NNNN) in the group that fits the legal form. */
export function makeOrgNumber(rng: Random, form: LegalForm, used: Set<string>): string {
  for (;;) {
    const head = form === 'AB' ? `55${rng.int(6, 9)}` : form === 'ek. för.' ? '769' : `969`;
    const body = `${head}${String(rng.int(0, 999)).padStart(3, '0')}${String(rng.int(0, 999)).padStart(3, '0')}`;
    const number = `${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}`;
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}
