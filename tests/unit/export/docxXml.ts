// Runs in: vitest (Node). Reading a generated .docx back: its parts and structural checks.
import JSZip from 'jszip';

export async function docxParts(buffer: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels'))
      parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

/** All text of the visible parts (body, headers, footers), w:t contents joined. */
export function visibleText(parts: Map<string, string>): string {
  return [...parts]
    .filter(([name]) => /^word\/(document|header\d*|footer\d*|header\w*)\.xml$/.test(name))
    .map(([, xml]) =>
      [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    )
    .join('\n');
}

export function headerXml(parts: Map<string, string>): string {
  return [...parts]
    .filter(([name]) => /^word\/header[^/]*\.xml$/.test(name))
    .map(([, xml]) => xml)
    .join('\n');
}

/**
 * Problems with the tables of one part: a table without w:tblGrid/w:gridCol widths, a grid that
 * does not match its rows, a cell without w:tcW or without a paragraph. Empty when all is well.
 */
export function tableProblems(xml: string): string[] {
  const problems: string[] = [];
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
  for (const [i, tbl] of tables.entries()) {
    const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(tbl);
    if (!grid) {
      problems.push(`table ${i}: no w:tblGrid`);
      continue;
    }
    const cols = [...grid[1]!.matchAll(/<w:gridCol\b[^>]*\bw:w="(\d+)"/g)].map((m) => Number(m[1]));
    if (cols.length === 0 || cols.some((w) => !(w > 0)))
      problems.push(`table ${i}: grid without widths`);
    for (const [r, row] of [...tbl.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].entries()) {
      const cells = [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]!);
      if (cells.length !== cols.length)
        problems.push(`table ${i} row ${r}: ${cells.length} cells, ${cols.length} columns`);
      for (const [c, cell] of cells.entries()) {
        const tcW = /<w:tcW\b[^>]*\bw:w="(\d+)"/.exec(cell);
        if (!tcW) problems.push(`table ${i} row ${r} cell ${c}: no w:tcW`);
        else if (Number(tcW[1]) !== cols[c])
          problems.push(`table ${i} row ${r} cell ${c}: width differs from grid`);
        if (!/<w:p[ >/]/.test(cell)) problems.push(`table ${i} row ${r} cell ${c}: no paragraph`);
      }
    }
  }
  return problems;
}

export const countTables = (xml: string): number => (xml.match(/<w:tbl>/g) ?? []).length;
