// Runs in: main process / Node. The example municipality's programme work: the programme in force,
// its revision under way (process state up to phase 3, Dialog och prioritering) and an anchoring
// log. Deterministic: the same `today` and the same stakeholders give the same rows and ids.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AnchoringHow, ReactionKind } from '../../../shared/domain/process';
import { processSteps, stepById, type StepStatus } from '../../../shared/process';
import { addDays, formatDay, parseDay, timestampAt } from '../demo/dates';
import { insertAnchoring } from './anchoringQueries';
import { upsertStepState, upsertTick } from './queries';
import { insertProgramme, markCurrent } from '../programmes/queries';

export interface ProcessDemoCounts {
  programmes: number;
  stepStates: number;
  ticks: number;
  anchoring: number;
}

/** A UUID-shaped id from a label, so that the demo has the same ids on every run. */
function demoId(label: string): string {
  const h = createHash('sha256').update(`process-demo:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface StepPlan {
  status: StepStatus;
  /** Days before today the step was last saved. */
  daysAgo: number;
  /** How many checklist items are ticked; 'all' for every one. */
  ticks?: number | 'all';
  reason?: string;
  notes?: string;
  /** Days after today. */
  dueInDays?: number;
}

const done = (daysAgo: number, notes?: string): StepPlan => ({
  status: 'done',
  daysAgo,
  ticks: 'all',
  notes,
});

/** The revision's state: phase 1 finished, phase 2 nearly, phase 3 begun, two steps passed by. */
const revisionPlan: Record<string, StepPlan> = {
  'owner-and-mandate': done(
    190,
    'Uppdraget bekräftat med KS ordförande vid dragning i KSAU. Tidsramen är ett år.',
  ),
  'process-leader': done(185),
  'purpose-and-why': done(170, 'Texten har lästs av ordföranden och kommunikatören.'),
  actors: done(160),
  'working-group': done(150, 'Arbetsgruppen träffas varannan tisdag kl. 8.30.'),
  'reference-groups': {
    status: 'in_progress',
    daysAgo: 20,
    ticks: 2,
    notes: 'Referensgruppen i Norrvik är bildad. Västerby saknar ännu en sammankallande.',
  },
  anchoring: { status: 'in_progress', daysAgo: 6, ticks: 3 },
  'communication-plan': done(140),
  'digital-tools': {
    status: 'not_relevant',
    daysAgo: 140,
    reason:
      'Vi använder kommunens webbplats och det befintliga nyhetsbrevet till företagen. Inga nya verktyg behövs i den här omgången.',
  },
  timeline: done(135, 'KF-beslut planerat till november nästa år, med en månads marginal.'),
  'kick-off': done(
    120,
    'Ett 70-tal deltagare i Folkets hus. Anteckningarna från borden är renskrivna.',
  ),
  'steering-documents': done(100),
  'external-analysis': done(85),
  statistics: done(80),
  interviews: done(45, '22 intervjuer genomförda, varav sex med unga företagare.'),
  'company-visits': {
    status: 'in_progress',
    daysAgo: 3,
    ticks: 3,
    notes: 'Besöken fortsätter under hösten; fokus på orter som inte fått besök i år.',
  },
  'cooperation-staircase': {
    status: 'not_relevant',
    daysAgo: 60,
    reason:
      'Arbetsgruppen valde att beskriva samverkan i intervjuerna i stället för att använda samhandlingstrappan i den här revideringen.',
  },
  obstacles: { status: 'in_progress', daysAgo: 12, ticks: 2 },
  swot: done(30),
  'development-areas': done(25),
  'current-and-desired-state': { status: 'in_progress', daysAgo: 9, ticks: 1, dueInDays: 10 },
  workshops: {
    status: 'in_progress',
    daysAgo: 4,
    ticks: 1,
    dueInDays: 21,
    notes: 'Workshop 1 hölls i Norrvik. Workshop 2 i Exeby är bokad.',
  },
  'shared-goal-picture': { status: 'in_progress', daysAgo: 2, ticks: 1, dueInDays: 14 },
  priorities: { status: 'not_started', daysAgo: 2, dueInDays: 35 },
};

interface AnchoringPlan {
  daysAgo: number;
  /** Matched on role title and organisation in the stakeholder register. */
  role?: { title: string; organisation: string };
  who?: string;
  body: string;
  scope: 'internal' | 'external';
  how: AnchoringHow;
  topic: string;
  reaction: string;
  kind: ReactionKind | null;
}

const anchoringPlan: AnchoringPlan[] = [
  {
    daysAgo: 195,
    role: { title: 'Kommunstyrelsens ordförande', organisation: 'Exempelkommun' },
    body: 'KSAU',
    scope: 'internal',
    how: 'möte',
    topic: 'Uppdraget att revidera näringslivsprogrammet, tidplan och arbetssätt.',
    reaction: 'Vill att företagen i de mindre orterna hörs särskilt. Ställer sig bakom tidplanen.',
    kind: 'positiv',
  },
  {
    daysAgo: 180,
    role: { title: 'Kommundirektör', organisation: 'Exempelkommun' },
    body: 'Kommunledningsgruppen',
    scope: 'internal',
    how: 'presentation',
    topic: 'Processledarens mandat och förvaltningarnas medverkan i arbetsgruppen.',
    reaction: 'Samhällsbyggnad och utbildning utser var sin representant.',
    kind: 'positiv',
  },
  {
    daysAgo: 165,
    role: { title: 'Ordförande', organisation: 'Företagarna Exeby' },
    body: 'Företagarna Exeby',
    scope: 'external',
    how: 'möte',
    topic: 'Inbjudan att delta i referensgruppen och i kick off.',
    reaction: 'Positiv, men vill se att förra programmets handlingsplan följs upp först.',
    kind: 'neutral',
  },
  {
    daysAgo: 150,
    role: { title: 'Oppositionsråd', organisation: 'Exempelkommun' },
    body: 'Kommunstyrelsen',
    scope: 'internal',
    how: 'telefon',
    topic: 'Information om revideringen och tidplanen inför KS.',
    reaction: 'Efterfrågar tydligare mätbara mål än i förra programmet.',
    kind: 'kritisk',
  },
  {
    daysAgo: 125,
    body: 'Näringslivsrådet',
    scope: 'external',
    how: 'workshop',
    topic: 'Kick off: vad har fungerat i nuvarande program och vad saknas?',
    reaction: 'Engagerat samtal. Kompetensförsörjning och lokaler lyftes av flest.',
    kind: 'positiv',
  },
  {
    daysAgo: 95,
    role: { title: 'Arbetsgivarkontakt', organisation: 'Arbetsförmedlingen' },
    body: 'Arbetsförmedlingen',
    scope: 'external',
    how: 'e-post',
    topic: 'Underlag om arbetsmarknaden och varsel i kommunen.',
    reaction: 'Skickade statistik och erbjöd sig att delta i en workshop.',
    kind: 'positiv',
  },
  {
    daysAgo: 60,
    role: { title: 'Rektor', organisation: 'Exeby gymnasium' },
    body: 'Exeby gymnasium',
    scope: 'external',
    how: 'möte',
    topic: 'Skolans roll i kompetensförsörjningen och UF-samarbetet.',
    reaction: 'Vill koppla programmet till skolans arbete med praktikplatser.',
    kind: 'positiv',
  },
  {
    daysAgo: 40,
    who: 'Samhällsbyggnadsnämndens presidium',
    body: 'Samhällsbyggnadsnämnden',
    scope: 'internal',
    how: 'presentation',
    topic: 'Hinder som företagen tagit upp om bygglov och handläggningstider.',
    reaction: 'Delvis kritiska till bilden, men lovade att se över informationen till företagen.',
    kind: 'kritisk',
  },
  {
    daysAgo: 14,
    role: { title: 'Ordförande', organisation: 'Exeby Företagarnätverk' },
    body: 'Exeby Företagarnätverk',
    scope: 'external',
    how: 'presentation',
    topic: 'Nulägesanalysen och SWOT, frukostmöte.',
    reaction: 'Känner igen sig i analysen. Vill vara med och prioritera fokusområden.',
    kind: 'positiv',
  },
  {
    daysAgo: 6,
    role: { title: 'Kommunstyrelsens ordförande', organisation: 'Exempelkommun' },
    body: 'KSAU',
    scope: 'internal',
    how: 'möte',
    topic: 'Lägesrapport: analysen klar, workshoppar om prioriteringar pågår.',
    reaction: 'Inga invändningar. Önskar en dragning för hela KS före remissen.',
    kind: 'neutral',
  },
];

function findStakeholder(
  db: Database,
  role: { title: string; organisation: string },
): { id: string; name: string } | null {
  const row = db
    .prepare(
      `SELECT id, name FROM stakeholders
       WHERE role_title = ? AND organisation = ? AND deleted_at IS NULL
       ORDER BY created_at, id LIMIT 1`,
    )
    .get(role.title, role.organisation) as { id: string; name: string } | undefined;
  return row ?? null;
}

/**
 * Writes the example programmes. Call it after the stakeholders exist (the anchoring log and the
 * process leader link to them by role); `today` is YYYY-MM-DD.
 */
export function generateProcessDemo(db: Database, today: string): ProcessDemoCounts {
  const day = parseDay(today);
  const year = Number(today.slice(0, 4));
  const at = (daysAgo: number, hour = 10) => timestampAt(addDays(day, -daysAgo), hour, 0);
  const dateAgo = (daysAgo: number) => formatDay(addDays(day, -daysAgo));
  const counts: ProcessDemoCounts = { programmes: 0, stepStates: 0, ticks: 0, anchoring: 0 };

  db.transaction(() => {
    const previousId = demoId('programme-previous');
    insertProgramme(
      db,
      previousId,
      {
        name: `Näringslivsprogram ${year - 3}–${year}`,
        periodStart: String(year - 3),
        periodEnd: String(year),
        status: 'adopted',
        ownerBody: 'Kommunfullmäktige',
        commissionText:
          'Kommunstyrelsen får i uppdrag att ta fram ett näringslivsprogram för kommunen.',
        commissionDecisionRef: `KF ${year - 4}-11-20 § 112`,
        processLeaderStakeholderId: null,
        processLeaderName: 'Karin Lindqvist',
        mandateText: '',
        mandateSource: '',
        purposeText:
          'Programmet ska göra det enklare att driva och starta företag i Exempelkommun och ge kommunen ett gemensamt sätt att arbeta med näringslivsfrågor.',
        whyText: '',
        visionText: '',
      },
      at(4 * 365),
    );
    counts.programmes += 1;

    const id = demoId('programme-revision');
    const leader = findStakeholder(db, { title: 'Kommundirektör', organisation: 'Exempelkommun' });
    insertProgramme(
      db,
      id,
      {
        name: `Näringslivsprogram ${year + 1}–${year + 4}`,
        periodStart: String(year + 1),
        periodEnd: String(year + 4),
        status: 'draft',
        ownerBody: 'Kommunstyrelsen',
        commissionText:
          'Kommunstyrelsen ger kommundirektören i uppdrag att revidera näringslivsprogrammet i dialog med företag, organisationer och invånare. Ett förslag ska kunna gå på remiss under våren och beslutas av kommunfullmäktige före årets slut nästa år.',
        commissionDecisionRef: `KS ${dateAgo(200)} § 45`,
        processLeaderStakeholderId: null,
        processLeaderName: 'Karin Lindqvist',
        mandateText:
          'Processledaren kallar arbetsgruppen och referensgrupperna, bestämmer arbetsformer och tidplan inom ramen och får prioritera bland förslagen inför workshopparna. Budget, remissinstanser och programmets mål beslutas av kommunstyrelsen.',
        mandateSource: leader
          ? `${leader.name}, kommundirektör, i uppdragsbeslut ${dateAgo(190)}`
          : `Kommundirektören, i uppdragsbeslut ${dateAgo(190)}`,
        purposeText:
          'Vi vill att fler företag ska vilja starta, stanna och växa i Exempelkommun, i centralorten och i byarna. Programmet ska visa vad kommunen och näringslivet gör tillsammans de kommande fyra åren.',
        whyText:
          'Det nuvarande programmet löper ut, och mycket har hänt sedan det skrevs: kompetensbristen har blivit det största hindret för företagens tillväxt, och flera företag i de mindre orterna har svårt att hitta lokaler. Vi behöver ett program som bygger på vad företagen själva säger.',
        visionText: 'Exempelkommun – en plats där företag vill växa.',
      },
      at(200),
    );
    markCurrent(db, id, at(200));
    counts.programmes += 1;

    for (const step of processSteps) {
      if (step.phase === 'follow-up') continue;
      // The programme in force went through every step before this app; only the revision's
      // record tells what was done and when.
      upsertStepState(
        db,
        previousId,
        { stepId: step.id, status: 'done', notRelevantReason: '', notes: '', dueDate: null },
        at(4 * 365 - 30),
      );
      counts.stepStates += 1;
    }

    for (const [stepId, plan] of Object.entries(revisionPlan)) {
      const step = stepById(stepId);
      if (!step) continue;
      const savedAt = at(plan.daysAgo);
      upsertStepState(
        db,
        id,
        {
          stepId,
          status: plan.status,
          notRelevantReason: plan.reason ?? '',
          notes: plan.notes ?? '',
          dueDate: plan.dueInDays === undefined ? null : formatDay(addDays(day, plan.dueInDays)),
        },
        savedAt,
      );
      counts.stepStates += 1;
      const n = plan.ticks === 'all' ? step.checklist.length : (plan.ticks ?? 0);
      for (const item of step.checklist.slice(0, n)) {
        upsertTick(db, id, stepId, item.id, true, savedAt);
        counts.ticks += 1;
      }
    }

    anchoringPlan.forEach((entry, i) => {
      const person = entry.role ? findStakeholder(db, entry.role) : null;
      insertAnchoring(
        db,
        demoId(`anchoring-${i}`),
        id,
        {
          date: dateAgo(entry.daysAgo),
          stakeholderId: person?.id ?? null,
          who: person?.name ?? entry.who ?? entry.role?.title ?? '',
          body: entry.body,
          internalExternal: entry.scope,
          how: entry.how,
          topic: entry.topic,
          reaction: entry.reaction,
          reactionKind: entry.kind,
        },
        at(entry.daysAgo, 16),
      );
      counts.anchoring += 1;
    });
  })();
  return counts;
}
