// Runs in: everywhere. Shorthand for checklist items, so the step files read like the checklist.
import type { SeedId } from '../seedIds';
import type { ChecklistItem } from '../types';

export function item(
  id: string,
  sv: string,
  en: string,
  seedRefs: readonly SeedId[],
): ChecklistItem {
  return { id, text: { sv, en }, seedRefs };
}
