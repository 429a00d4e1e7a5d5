// Runs in: everywhere. The process wizard's catalogue: six phases of steps, the programme
// document's sections, the overview's health checks and the fields that carry seed lines.
// Pure data plus lookups; statuses live in the database, keyed by the stable step ids.
import { documentSections } from './documentSections';
import { fieldRefs } from './fieldRefs';
import { healthChecks } from './healthChecks';
import { analysisSteps } from './steps/analysis';
import { decisionSteps } from './steps/decision';
import { dialogueSteps } from './steps/dialogue';
import { followUpSteps } from './steps/followUp';
import { mandateSteps } from './steps/mandate';
import { programmeSteps } from './steps/programme';
import type { Catalogue, Phase, PhaseId, ProcessStep } from './types';

export { documentSections, fieldRefs, healthChecks };

export const phases: readonly Phase[] = [
  {
    id: 'mandate',
    title: { sv: 'Uppdrag och förankring', en: 'Mandate and anchoring' },
    intro: {
      sv: 'Se till att programmet har en ägare, att processen har en ledare med mandat och att rätt personer är med från början.',
      en: 'Make sure the programme has an owner, the process has a leader with a mandate and the right people are involved from the start.',
    },
    steps: mandateSteps,
  },
  {
    id: 'analysis',
    title: { sv: 'Nulägesanalys', en: 'Current-state analysis' },
    intro: {
      sv: 'Ta reda på hur det ser ut i dag, i siffror, i samtal med företagen och i kommunens egna styrdokument.',
      en: 'Find out how things stand today, in figures, in conversations with businesses and in the municipality’s own steering documents.',
    },
    steps: analysisSteps,
  },
  {
    id: 'dialogue',
    title: { sv: 'Dialog och prioritering', en: 'Dialogue and priorities' },
    intro: {
      sv: 'Pröva analysen tillsammans med dem som berörs, enas om en målbild och välj de få områden som programmet ska satsa på.',
      en: 'Test the analysis with those concerned, agree on a goal picture and choose the few areas the programme will focus on.',
    },
    steps: dialogueSteps,
  },
  {
    id: 'programme',
    title: { sv: 'Programmet', en: 'The programme' },
    intro: {
      sv: 'Skriv programmet: bakgrund, mål, handlingsplan, roller och uppföljning, och läs det sedan med en utomståendes ögon.',
      en: 'Write the programme: background, goals, action plan, roles and follow-up, then read it with an outsider’s eyes.',
    },
    steps: programmeSteps,
  },
  {
    id: 'decision',
    title: { sv: 'Beslut', en: 'Decision' },
    intro: {
      sv: 'Ta programmet genom remiss och beslutsgången KSAU, KS och KF, med politikerna informerade hela vägen.',
      en: 'Take the programme through consultation and the decision track KSAU, KS and KF, with the politicians informed all the way.',
    },
    steps: decisionSteps,
  },
  {
    id: 'follow-up',
    title: { sv: 'Genomförande och uppföljning', en: 'Implementation and follow-up' },
    intro: {
      sv: 'Genomför, följ upp, lär och berätta. Det är här programmet visar om det gör skillnad.',
      en: 'Carry out, follow up, learn and tell. This is where the programme shows whether it makes a difference.',
    },
    steps: followUpSteps,
  },
];

export const phaseIds: readonly PhaseId[] = phases.map((p) => p.id);

/** All steps in wizard order: phase by phase, then the order within the phase. */
export const processSteps: readonly ProcessStep[] = phases.flatMap((p) => p.steps);

export const processCatalogue: Catalogue = { phases, documentSections, healthChecks, fieldRefs };

export function stepById(
  id: string,
  catalogue: Catalogue = processCatalogue,
): ProcessStep | undefined {
  for (const phase of catalogue.phases) {
    const step = phase.steps.find((s) => s.id === id);
    if (step) return step;
  }
  return undefined;
}
