// Runs in: main process / Node. What the export keeps in the settings table: the municipality's
// logo ('logoPng', base64 PNG) and its own Word template ('exportTemplate').
import type { Database } from 'better-sqlite3';
import type { TemplateInfo } from '../../../shared/domain/export';
import { nowIso } from '../db/clock';
import { getSetting, getSettings, setSetting } from '../settings';
import type { TemplateReport } from './template';
import type { Letterhead } from './types';

export const LOGO_KEY = 'logoPng';
export const TEMPLATE_KEY = 'exportTemplate';

interface StoredTemplate extends TemplateInfo {
  contentBase64: string;
}

function decodeBase64(value: unknown): Uint8Array | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const bytes = Buffer.from(value.replace(/^data:[^,]*,/, ''), 'base64');
  return bytes.length > 0 ? new Uint8Array(bytes) : null;
}

export function loadLetterhead(db: Database, dnr = ''): Letterhead {
  const s = getSettings(db);
  return {
    municipality: s.municipality,
    unit: s.unit,
    officerName: s.officerName,
    officerTitle: s.officerTitle,
    officerPhone: s.officerPhone,
    officerEmail: s.officerEmail,
    dnr,
    logoPng: decodeBase64(getSetting(db, LOGO_KEY)),
  };
}

export function templateInfo(db: Database): TemplateInfo | null {
  const stored = getSetting<StoredTemplate>(db, TEMPLATE_KEY);
  if (!stored || typeof stored.contentBase64 !== 'string') return null;
  return {
    fileName: stored.fileName,
    placeholders: stored.placeholders ?? [],
    notes: stored.notes ?? [],
    setAt: stored.setAt,
  };
}

export function templateBytes(db: Database): Uint8Array | null {
  return decodeBase64(getSetting<StoredTemplate>(db, TEMPLATE_KEY)?.contentBase64);
}

export function storeTemplate(
  db: Database,
  fileName: string,
  bytes: Uint8Array,
  report: TemplateReport,
  now = nowIso(),
): TemplateInfo {
  const info: TemplateInfo = {
    fileName,
    placeholders: report.placeholders,
    notes: report.notes,
    setAt: now,
  };
  const stored: StoredTemplate = { ...info, contentBase64: Buffer.from(bytes).toString('base64') };
  setSetting(db, TEMPLATE_KEY, stored, now);
  return info;
}

export function clearTemplate(db: Database): boolean {
  return db.prepare('DELETE FROM settings WHERE key = ?').run(TEMPLATE_KEY).changes > 0;
}
