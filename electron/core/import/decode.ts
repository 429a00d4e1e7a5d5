// Runs in: main process / Node. Turns a CSV file's bytes into text: UTF-8 (with or without BOM) or Windows-1252.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Excel on Swedish Windows saves "CSV (semikolonavgränsad)" as Windows-1252, "CSV UTF-8" with a
 * BOM, and other tools UTF-8 without one. Windows-1252 bytes for å/ä/ö are never valid UTF-8,
 * so a strict UTF-8 decode that fails means Windows-1252.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'windows-1252' };
  }
}
