// Runs in: main process / Node. File names of exported documents, safe on Windows and macOS.

/** Characters Windows forbids in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F]/g;

export function safeFileName(stem: string, extension = 'docx'): string {
  const clean = stem
    .replace(FORBIDDEN, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[-. ]+$/, '')
    .trim();
  return `${(clean || 'Dokument').slice(0, 150)}.${extension}`;
}

/** 'Besöksrapport 2027 (utkast v2, intern kopia)' */
export function exportFileName(
  title: string,
  marks: { draft: boolean; version?: string; internal: boolean },
): string {
  const notes = [
    ...(marks.draft ? [marks.version ? `utkast v${marks.version}` : 'utkast'] : []),
    ...(marks.internal ? ['intern kopia'] : []),
  ];
  return safeFileName(notes.length > 0 ? `${title} (${notes.join(', ')})` : title);
}
