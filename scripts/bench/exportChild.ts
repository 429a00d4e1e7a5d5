// Runs in: Node (benchmark child process, started by exportScenario.ts). Exports the programme
// documents of #4 in a fresh process, so its peak memory (maxRSS) is the export's own, then builds
// the baseline: the docx library writing a document with the same paragraphs and tables from
// plain strings. Prints one JSON line.
import BetterSqlite3 from 'better-sqlite3';
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow } from 'docx';
import { exportDocument } from '../../electron/core/export/service';
import { exportRequest } from '../../shared/contract/export';
import { exportDocuments } from '../../shared/domain/export';
import { ms } from './measure';

type Block = string | string[][];

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) =>
  decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** The body's paragraphs and tables (cell texts) in order, read back from document.xml. */
async function blocksOf(docx: Buffer): Promise<Block[]> {
  const { default: JSZip } = await import('jszip');
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('</w:body>'));
  const blocks: Block[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const part = m[0];
    if (part.startsWith('<w:tbl>')) {
      blocks.push(
        [...part.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
          [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
        ),
      );
    } else blocks.push(textOf(part));
  }
  return blocks;
}

async function baseline(blocks: Block[], landscape: boolean): Promise<Buffer> {
  const children = blocks.map((b) =>
    typeof b === 'string'
      ? new Paragraph(b)
      : new Table({
          rows: b.map(
            (cells) =>
              new TableRow({
                children: cells.map((t) => new TableCell({ children: [new Paragraph(t)] })),
              }),
          ),
        }),
  );
  const doc = new Document({
    sections: [
      {
        properties: landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function main() {
  const [dbPath, programmeId, from, to] = process.argv.slice(2) as [string, string, string, string];
  const db = new BetterSqlite3(dbPath);
  const documents = (['program', 'handlingsplan'] as const).filter((d) =>
    (exportDocuments as readonly string[]).includes(d),
  );
  const run = async () => {
    const out: { id: string; buffer: Buffer }[] = [];
    for (const id of documents) {
      const request = exportRequest.parse({
        document: id,
        programmeId,
        ...(id === 'handlingsplan' ? { from, to } : {}),
        draft: true,
      });
      out.push({ id, buffer: (await exportDocument(db, request, to)).buffer });
    }
    return out;
  };
  await run(); // warm-up: module loading and JIT are not the export
  const start = process.hrtime.bigint();
  const files = await run();
  const figure = ms(start);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  const prepared = await Promise.all(
    files.map(async (f) => ({
      landscape: f.id === 'handlingsplan',
      blocks: await blocksOf(f.buffer),
    })),
  );
  await baseline(prepared[0]!.blocks, prepared[0]!.landscape); // warm-up
  const bStart = process.hrtime.bigint();
  for (const p of prepared) await baseline(p.blocks, p.landscape);
  const base = ms(bStart);
  db.close();
  console.log(
    JSON.stringify({
      documents,
      figure,
      baseline: base,
      maxRssMb,
      bytes: files.reduce((s, f) => s + f.buffer.length, 0),
      tables: prepared.reduce(
        (s, p) => s + p.blocks.filter((b) => typeof b !== 'string').length,
        0,
      ),
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
