// Runs in: everywhere. Which seed lines the catalogue carries. SEED-MAP.md requires every ID to be
// met somewhere: a step, a checklist item, a document section, a health check or a field.
import { processCatalogue } from './catalogue';
import { seedIds, type SeedId } from './seedIds';
import type { Catalogue } from './types';

/** Every seed ID referenced anywhere in the catalogue, in seed order, each once. */
export function allSeedRefs(catalogue: Catalogue = processCatalogue): SeedId[] {
  const found = new Set<string>();
  const add = (refs: readonly string[]) => refs.forEach((r) => found.add(r));
  for (const phase of catalogue.phases) {
    for (const step of phase.steps) {
      add(step.seedRefs);
      step.checklist.forEach((i) => add(i.seedRefs));
    }
  }
  catalogue.documentSections.forEach((s) => add(s.seedRefs));
  catalogue.healthChecks.forEach((c) => add(c.seedRefs));
  Object.values(catalogue.fieldRefs).forEach(add);
  return seedIds.map((s) => s.id).filter((id) => found.has(id));
}

/** Seed IDs that no part of the catalogue references; empty when the seed is fully carried. */
export function uncoveredSeedIds(catalogue: Catalogue = processCatalogue): SeedId[] {
  const covered = new Set<string>(allSeedRefs(catalogue));
  return seedIds.map((s) => s.id).filter((id) => !covered.has(id));
}
