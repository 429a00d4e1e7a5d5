// Runs in: main process / Node. The municipality's logo for the document header: checked before it
// is stored, so a wrong file is refused with a Swedish message instead of breaking every export.
import type { Database } from 'better-sqlite3';
import type { LogoInfo } from '../../../shared/domain/export';
import { AppFailure } from '../../../shared/errors';
import { getSetting, setSetting } from '../settings';
import { pngSize } from './png';
import { LOGO_KEY } from './stored';

/** A logo sits in a 2 × 0.6 cm box; 2 MB is far more than it needs and keeps documents small. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const megabytes = (bytes: number) =>
  (bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 });

function refuse(sv: string, en: string): AppFailure {
  return new AppFailure('VALIDATION', { sv, en }, { contentBase64: sv });
}

/** The logo's size when `bytes` are a usable PNG of at most 2 MB; throws a VALIDATION failure otherwise. */
export function checkLogo(bytes: Uint8Array): LogoInfo {
  if (bytes.length === 0) throw refuse('Filen är tom.', 'The file is empty.');
  if (bytes.length < 8 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw refuse(
      'Logotypen måste vara en PNG-bild. Spara bilden som PNG (till exempel i Paint) och försök igen.',
      'The logo must be a PNG image. Save the picture as PNG and try again.',
    );
  }
  if (bytes.length > MAX_LOGO_BYTES) {
    throw refuse(
      `Logotypen är för stor (${megabytes(bytes.length)} MB). Den får vara högst 2 MB – spara en mindre version av bilden.`,
      `The logo is too large (${megabytes(bytes.length)} MB). It may be at most 2 MB.`,
    );
  }
  const size = pngSize(bytes);
  if (!size) {
    throw refuse(
      'Filen ser ut som en PNG-bild men går inte att läsa. Spara om bilden som PNG och försök igen.',
      'The file looks like a PNG image but cannot be read. Save the picture again as PNG.',
    );
  }
  return { ...size, bytes: bytes.length };
}

export function storeLogo(db: Database, bytes: Uint8Array): LogoInfo {
  const info = checkLogo(bytes);
  setSetting(db, LOGO_KEY, Buffer.from(bytes).toString('base64'));
  return info;
}

export function clearLogo(db: Database): boolean {
  return db.prepare('DELETE FROM settings WHERE key = ?').run(LOGO_KEY).changes > 0;
}

/** The stored logo with a data URL for the settings preview; null when none (or an unreadable one). */
export function storedLogo(db: Database): (LogoInfo & { dataUrl: string }) | null {
  const value = getSetting(db, LOGO_KEY);
  if (typeof value !== 'string' || value.length === 0) return null;
  const base64 = value.replace(/^data:[^,]*,/, '');
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  const size = pngSize(bytes);
  if (!size) return null;
  return { ...size, bytes: bytes.length, dataUrl: `data:image/png;base64,${base64}` };
}
