// Runs in: everywhere. Structural checks of the catalogue. The unit tests require an empty result,
// so a typo in a step id, a seed reference or an editor id fails the build, not the user.
import { processCatalogue } from './catalogue';
import { isEditorId } from './editors';
import { isSeedId } from './seedIds';
import type { Catalogue, Localized } from './types';

export type CatalogueProblemCode =
  | 'duplicate-id'
  | 'bad-id'
  | 'unknown-seed-ref'
  | 'empty-text'
  | 'guidance-length'
  | 'no-checklist'
  | 'no-editors'
  | 'unknown-editor'
  | 'no-seed-refs'
  | 'phase-mismatch'
  | 'unknown-step'
  | 'unknown-parent';

export interface CatalogueProblem {
  readonly code: CatalogueProblemCode;
  /** Where the problem is, e.g. 'step goals / checklist few'. */
  readonly where: string;
  readonly message: string;
}

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const guidanceSentences = { min: 2, max: 5 } as const;

/** Splits prose into sentences: a full stop, ! or ? followed by a capital letter or digit. */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"'(])/u)
    .filter((s) => s.length > 0);
}

export function validateCatalogue(catalogue: Catalogue = processCatalogue): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const report = (code: CatalogueProblemCode, where: string, message: string) =>
    problems.push({ code, where, message });

  const checkText = (where: string, text: Localized | undefined) => {
    if (!text?.sv?.trim()) report('empty-text', where, 'Swedish text is empty');
    if (!text?.en?.trim()) report('empty-text', where, 'English text is empty');
  };
  const checkRefs = (where: string, refs: readonly string[]) => {
    for (const ref of refs) {
      if (!isSeedId(ref)) report('unknown-seed-ref', where, `unknown seed ID "${ref}"`);
    }
  };
  const unique = (kind: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) report('duplicate-id', `${kind} ${id}`, `${kind} id "${id}" is used twice`);
      seen.add(id);
      if (!kebab.test(id))
        report('bad-id', `${kind} ${id}`, `${kind} id "${id}" is not kebab-case`);
    }
  };

  unique(
    'phase',
    catalogue.phases.map((p) => p.id),
  );
  const steps = catalogue.phases.flatMap((p) => p.steps);
  unique(
    'step',
    steps.map((s) => s.id),
  );

  for (const phase of catalogue.phases) {
    checkText(`phase ${phase.id} / title`, phase.title);
    checkText(`phase ${phase.id} / intro`, phase.intro);
    for (const step of phase.steps) {
      const where = `step ${step.id}`;
      if (step.phase !== phase.id) {
        report(
          'phase-mismatch',
          where,
          `says phase "${step.phase}" but is listed under "${phase.id}"`,
        );
      }
      checkText(`${where} / title`, step.title);
      checkText(`${where} / guidance`, step.guidance);
      checkText(`${where} / completion`, step.completion);
      for (const lang of ['sv', 'en'] as const) {
        const n = sentences(step.guidance?.[lang] ?? '').length;
        if (n < guidanceSentences.min || n > guidanceSentences.max) {
          report('guidance-length', `${where} / guidance`, `${lang} guidance has ${n} sentences`);
        }
      }
      if (step.checklist.length === 0) report('no-checklist', where, 'the step has no checklist');
      unique(
        `${where} / checklist`,
        step.checklist.map((i) => i.id),
      );
      for (const item of step.checklist) {
        checkText(`${where} / checklist ${item.id}`, item.text);
        checkRefs(`${where} / checklist ${item.id}`, item.seedRefs);
      }
      if (step.editors.length === 0) report('no-editors', where, 'the step opens no editor');
      for (const editor of step.editors) {
        if (!isEditorId(editor)) report('unknown-editor', where, `unknown editor "${editor}"`);
      }
      if (step.seedRefs.length === 0) report('no-seed-refs', where, 'the step cites no seed line');
      checkRefs(where, step.seedRefs);
    }
  }

  unique(
    'document section',
    catalogue.documentSections.map((s) => s.id),
  );
  const sectionIds = new Set(catalogue.documentSections.map((s) => s.id));
  for (const section of catalogue.documentSections) {
    const where = `document section ${section.id}`;
    checkText(where, section.title);
    checkRefs(where, section.seedRefs);
    if (section.seedRefs.length === 0)
      report('no-seed-refs', where, 'the section cites no seed line');
    if (section.parent !== undefined && !sectionIds.has(section.parent)) {
      report('unknown-parent', where, `parent "${section.parent}" is not a section`);
    }
  }

  unique(
    'health check',
    catalogue.healthChecks.map((c) => c.id),
  );
  const stepIds = new Set(steps.map((s) => s.id));
  for (const check of catalogue.healthChecks) {
    const where = `health check ${check.id}`;
    checkText(where, check.title);
    checkRefs(where, check.seedRefs);
    if (check.seedRefs.length === 0) report('no-seed-refs', where, 'the check cites no seed line');
    if (!stepIds.has(check.stepId))
      report('unknown-step', where, `step "${check.stepId}" does not exist`);
  }

  for (const [field, refs] of Object.entries(catalogue.fieldRefs)) {
    if (refs.length === 0) report('no-seed-refs', `field ${field}`, 'the field cites no seed line');
    checkRefs(`field ${field}`, refs);
  }

  return problems;
}
