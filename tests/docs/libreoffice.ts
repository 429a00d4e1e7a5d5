// Runs in: vitest (Node). A .docx through LibreOffice to PDF, and the PDF read back with poppler.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ConvertedPdf {
  path: string;
  dir: string;
  cleanup(): void;
}

/** Converts with a throw-away LibreOffice profile, so parallel or stale profiles never interfere. */
export async function docxToPdf(docx: Uint8Array, name = 'dokument'): Promise<ConvertedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'pv-docs-'));
  const profile = join(tmpdir(), `pv-lo-${randomUUID()}`);
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  try {
    await run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 150_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const path = join(dir, `${name}.pdf`);
  if (!existsSync(path)) throw new Error(`LibreOffice did not convert ${name}.docx`);
  return { path, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function pdfText(pdf: string): Promise<string> {
  return (await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'])).stdout;
}

export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
}

/** The first page as a PNG at 60 dpi, written to `pngPath` (without the .png). */
export async function firstPagePng(pdf: string, pngPath: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, pngPath]);
}

/** Positions of `items` in `text`, in order; -1 for one missing or out of order. */
export function inOrder(text: string, items: readonly string[]): number[] {
  let from = 0;
  return items.map((item) => {
    const at = text.indexOf(item, from);
    if (at >= 0) from = at + item.length;
    return at;
  });
}
