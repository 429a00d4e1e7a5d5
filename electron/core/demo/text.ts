// Runs in: main process / Node. Small text helpers for the demo data.

/** Replaces {key} placeholders; unknown keys are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** Upper-cases the first letter of every sentence (placeholders may start one in lower case). */
export function capitaliseSentences(text: string): string {
  return text.replace(
    /(^|[.!?]\s+)(\p{Ll})/gu,
    (_m, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** "Lindgrens Bygg": genitive -s unless the name already ends in s, x or z. */
export const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);

/** A web-safe form of a name for made-up domains: "Åsbacka Måleri" → "asbackamaleri". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, 'och')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]/g, '');
}
