// Runs in: main process / Node. Reading and small edits of a template's WordprocessingML as text:
// paragraph texts (to find {{platshållare}}, also when Word split them over several runs), the
// paragraph styles, and the page geometry. No full XML parser is needed for these few questions.

export interface ScannedParagraph {
  /** The paragraph's visible text (all w:t of its own runs, in order). */
  text: string;
  /** Start offset (in `text`) and text of each w:t element. */
  runs: { start: number; text: string }[];
  /** 1 for a body paragraph, 2+ inside a text box inside a paragraph. */
  depth: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X'
          ? parseInt(code.slice(2), 16)
          : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[code.toLowerCase()] ?? '';
  });
}

export function escapeXmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Every paragraph of a part, innermost first when paragraphs nest (text boxes). */
export function scanParagraphs(xml: string): ScannedParagraph[] {
  const tag = /<(\/?)w:(p|t)\b([^>]*?)(\/?)>/g;
  const stack: ScannedParagraph[] = [];
  const done: ScannedParagraph[] = [];
  let textStart = -1;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [whole, closing, name, , selfClosing] = m;
    if (name === 'p') {
      if (selfClosing) continue;
      if (!closing) stack.push({ text: '', runs: [], depth: stack.length + 1 });
      else {
        const p = stack.pop();
        if (p) done.push(p);
      }
    } else if (!closing && !selfClosing) {
      textStart = m.index + whole.length;
    } else if (closing && textStart >= 0) {
      const p = stack[stack.length - 1];
      if (p) {
        const text = decodeXmlText(xml.slice(textStart, m.index));
        p.runs.push({ start: p.text.length, text });
        p.text += text;
      }
      textStart = -1;
    }
  }
  return done;
}

export interface FoundPlaceholder {
  name: string;
  /** The placeholder is spread over several runs (Word does this after edits or spell checks). */
  split: boolean;
  /** Nothing else in the paragraph. */
  alone: boolean;
  depth: number;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Placeholders of a part and the paragraphs with unmatched '{{' or '}}'. */
export function findPlaceholders(xml: string): { found: FoundPlaceholder[]; broken: string[] } {
  const found: FoundPlaceholder[] = [];
  const broken: string[] = [];
  for (const p of scanParagraphs(xml)) {
    for (const m of p.text.matchAll(PLACEHOLDER)) {
      const start = m.index;
      const end = start + m[0].length;
      const inOneRun = p.runs.some((r) => r.start <= start && r.start + r.text.length >= end);
      found.push({
        name: m[1]!,
        split: !inOneRun,
        alone: p.text.trim() === m[0],
        depth: p.depth,
      });
    }
    const rest = p.text.replace(PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}')) broken.push(p.text.trim().slice(0, 80));
  }
  return { found, broken };
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1]! : null;
}

export interface TemplateStyle {
  id: string;
  name: string;
  isDefault: boolean;
}

/** The template's paragraph styles (id, name as Word stores it, e.g. 'heading 1'). */
export function paragraphStyles(stylesXml: string): TemplateStyle[] {
  const styles: TemplateStyle[] = [];
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const open = m[1]!;
    if (attribute(open, 'w:type') !== 'paragraph') continue;
    const id = attribute(open, 'w:styleId');
    if (!id) continue;
    const nameTag = /<w:name\b[^>]*>/.exec(m[2]!);
    const name = nameTag ? (attribute(nameTag[0], 'w:val') ?? id) : id;
    const isDefault = ['1', 'true', 'on'].includes(attribute(open, 'w:default') ?? '');
    styles.push({ id, name: decodeXmlText(name), isDefault });
  }
  return styles;
}

/** Text width (twips) and orientation of the template's last (main) section. */
export function sectionGeometry(documentXml: string): { textWidth: number; landscape: boolean } {
  const sections = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?(?:<\/w:sectPr>|\/>)/g)];
  const last = sections[sections.length - 1]?.[0] ?? '';
  const pgSz = /<w:pgSz\b[^>]*>/.exec(last)?.[0] ?? '';
  const pgMar = /<w:pgMar\b[^>]*>/.exec(last)?.[0] ?? '';
  const width = Number(attribute(pgSz, 'w:w') ?? 11906);
  const left = Number(attribute(pgMar, 'w:left') ?? attribute(pgMar, 'w:start') ?? 1418);
  const right = Number(attribute(pgMar, 'w:right') ?? attribute(pgMar, 'w:end') ?? 1418);
  const textWidth = width - left - right;
  return {
    textWidth: Number.isFinite(textWidth) && textWidth > 1440 ? Math.round(textWidth) : 9070,
    landscape: attribute(pgSz, 'w:orient') === 'landscape',
  };
}
