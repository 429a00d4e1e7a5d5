// Runs in: everywhere. Types of the process catalogue: phases, steps, checklists, document
// sections and overview health checks. The catalogue is data; no database or UI here.
import type { EditorId } from './editors';
import type { SeedId } from './seedIds';

/** User-facing text: Swedish first, English alongside. */
export interface Localized {
  readonly sv: string;
  readonly en: string;
}

/** The five headings of the seed: actors, steps, programme contents, implementation, follow-up. */
export type SeedGroup = 'A' | 'S' | 'P' | 'I' | 'F';

export type PhaseId = 'mandate' | 'analysis' | 'dialogue' | 'programme' | 'decision' | 'follow-up';

export interface ChecklistItem {
  /** Kebab-case, unique within its step; stored with the step id, so never rename. */
  readonly id: string;
  readonly text: Localized;
  readonly seedRefs: readonly SeedId[];
}

export interface ProcessStep {
  /** Kebab-case and stable: saved statuses and checklist ticks refer to it. */
  readonly id: string;
  readonly phase: PhaseId;
  readonly title: Localized;
  /** 2–5 sentences of practical advice: what to do, why it matters, a pitfall. */
  readonly guidance: Localized;
  readonly checklist: readonly ChecklistItem[];
  /** The screens and records the step works on, in the order the step uses them. */
  readonly editors: readonly EditorId[];
  /** When the step can honestly be marked done. */
  readonly completion: Localized;
  readonly seedRefs: readonly SeedId[];
}

export interface Phase {
  readonly id: PhaseId;
  readonly title: Localized;
  readonly intro: Localized;
  readonly steps: readonly ProcessStep[];
}

/** A section of the exported programme document (DOCUMENTS.md §2). */
export interface DocumentSection {
  readonly id: string;
  readonly title: Localized;
  /** Set on subsections, which the document prints under their parent. */
  readonly parent?: string;
  readonly seedRefs: readonly SeedId[];
}

/** A check shown on the overview while the process runs. Titles name the gap, never a person. */
export interface HealthCheck {
  readonly id: string;
  readonly title: Localized;
  /** The wizard step where the gap is fixed. */
  readonly stepId: string;
  readonly seedRefs: readonly SeedId[];
}

/** 'record.field' → the seed IDs the field carries. */
export type FieldRefs = Readonly<Record<string, readonly SeedId[]>>;

export interface Catalogue {
  readonly phases: readonly Phase[];
  readonly documentSections: readonly DocumentSection[];
  readonly healthChecks: readonly HealthCheck[];
  readonly fieldRefs: FieldRefs;
}
