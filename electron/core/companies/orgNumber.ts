// Runs in: main process / Node. The one org. number check, shared by the register and the import.
import Organisationsnummer from 'organisationsnummer';

export type OrgNumberCheck =
  | { valid: true; /** NNNNNN-NNNN, or null when the field was left empty. */ value: string | null }
  | { valid: false };

/**
 * Checks and normalises an organisationsnummer (also a sole trader's personnummer). Spaces are
 * ignored because numbers copied from letters and PDFs often contain them.
 */
export function checkOrgNumber(raw: string): OrgNumberCheck {
  const compact = raw.replace(/\s+/g, '');
  if (compact === '') return { valid: true, value: null };
  try {
    const parsed = Organisationsnummer.parse(compact);
    // A personnummer over 100 years old formats with '+'; the register stores one form only.
    return { valid: true, value: parsed.format(true).replace('+', '-') };
  } catch {
    return { valid: false };
  }
}

const numberShape = /^(\d{2})?\d{6}[-+]?\d{4}$/;

/** Why the number was refused: a wrong check digit and a wrong shape need different advice. */
export function invalidOrgNumberMessage(raw: string): { sv: string; en: string } {
  const shown = raw.trim();
  if (numberShape.test(shown.replace(/\s+/g, ''))) {
    return {
      sv: `Organisationsnumret ${shown} är inte giltigt (kontrollsiffran stämmer inte).`,
      en: `The organisation number ${shown} is not valid (the check digit does not match).`,
    };
  }
  return {
    sv: `Organisationsnumret ${shown} är inte giltigt. Skriv det som NNNNNN-NNNN.`,
    en: `The organisation number ${shown} is not valid. Write it as NNNNNN-NNNN.`,
  };
}
