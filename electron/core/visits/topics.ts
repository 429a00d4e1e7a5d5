// Runs in: main process / Node. Visit topics: the built-in list plus the officer's own words.
import type { Database } from 'better-sqlite3';
import { visitTopics } from '../../../shared/domain/visitTopics';
import { cachedStatement } from '../search/cachedStatement';

export interface TopicCount {
  id: string;
  label: string;
  count: number;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('sv');

/** A built-in topic typed by its label (any case) or id is stored as its id. */
const builtInByText = new Map<string, string>(
  visitTopics.flatMap((t) => [
    [fold(t.id), t.id],
    [fold(t.sv), t.id],
    [fold(t.en), t.id],
  ]),
);

/** Built-in ids for known topics, free text as typed; duplicates (any case) dropped. */
export function normaliseTopics(topics: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const topic of topics) {
    const value = builtInByText.get(fold(topic)) ?? topic.trim();
    const key = fold(value);
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

/** Every built-in topic (count may be 0) then the free-text topics in use, most used first. */
export function listTopics(db: Database): TopicCount[] {
  const rows = cachedStatement(
    db,
    // Trashed visits are few: one pass over visits finds them, the topic index does the rest.
    `SELECT topic, count(*) AS count FROM visit_topics
     WHERE visit_id NOT IN (SELECT id FROM visits WHERE deleted_at IS NOT NULL)
     GROUP BY topic`,
  ).all() as { topic: string; count: number }[];
  const counts = new Map(rows.map((r) => [r.topic, r.count]));
  const builtIn = visitTopics.map((t) => ({ id: t.id, label: t.sv, count: counts.get(t.id) ?? 0 }));
  const builtInIds = new Set<string>(visitTopics.map((t) => t.id));
  const freeText = rows
    .filter((r) => !builtInIds.has(r.topic))
    .map((r) => ({ id: r.topic, label: r.topic, count: r.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv'));
  return [...builtIn, ...freeText];
}
