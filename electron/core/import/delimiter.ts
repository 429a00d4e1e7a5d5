// Runs in: main process / Node. Guesses the CSV delimiter from the first records.

export type Delimiter = ';' | ',' | '\t';

// On a tie the earlier wins: Swedish Excel writes ';', and tabs occur in text less often than commas.
const candidates: Delimiter[] = [';', '\t', ','];

/** Counts each candidate per record outside quotes, for up to `maxRecords` non-empty records. */
function countPerRecord(text: string, maxRecords: number): Record<Delimiter, number>[] {
  const records: Record<Delimiter, number>[] = [];
  let current = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  let hasContent = false;
  const end = Math.min(text.length, 256 * 1024);
  for (let i = 0; i < end && records.length < maxRecords; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (hasContent) records.push(current);
      current = { ';': 0, ',': 0, '\t': 0 };
      hasContent = false;
      continue;
    } else if (!inQuotes && (ch === ';' || ch === ',' || ch === '\t')) current[ch]++;
    hasContent = true;
  }
  if (hasContent && records.length < maxRecords) records.push(current);
  return records;
}

/**
 * The delimiter that splits the header and most following records into the same number of
 * columns; ties go to the one giving more columns. Swedish Excel writes ';', the default.
 */
export function detectDelimiter(text: string): Delimiter {
  const records = countPerRecord(text, 30);
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const d of candidates) {
    const headerCount = records[0]?.[d] ?? 0;
    if (headerCount === 0) continue;
    const consistent = records.filter((r) => r[d] === headerCount).length / records.length;
    const score = consistent * 1000 + headerCount;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
