// Runs in: main process / Node. The example municipality's focus areas and goals: five chosen
// areas and two candidates, twelve goals (programme and action-plan level) with two years of
// measurements ending near `today`, so every status appears (green, yellow, red, unknown), and
// one target revision. Deterministic: the same `today` gives the same rows and ids.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { focusAreaInput } from '../../../shared/contract/focusAreas';
import type { goalInput } from '../../../shared/contract/goals';
import { addDays, formatDay, parseDay, timestampAt } from '../demo/dates';
import { insertFocusArea, type FocusAreaData } from '../focusAreas/queries';
import { insertGoal, insertMeasurement, insertRevision, type GoalData } from './queries';

export interface GoalsDemoCounts {
  focusAreas: number;
  goals: number;
  measurements: number;
  revisions: number;
}

/** A UUID-shaped id from a label, so that the demo has the same ids on every run. */
function demoId(label: string): string {
  const h = createHash('sha256').update(`goals-demo:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type AreaPlan = Partial<z.input<typeof focusAreaInput>> & {
  key: string;
  name: string;
  /** Found by role and organisation among the demo stakeholders; none leaves it unassigned. */
  responsible?: { role: string; organisation: string };
};

const areas: AreaPlan[] = [
  {
    key: 'competence',
    name: 'Kompetensförsörjning',
    why: 'Bristen på rätt kompetens är det hinder företagen nämner oftast vid besöken. Utan folk kan de inte växa.',
    visionLink: 'En plats där företag vill växa behöver människor som vill och kan arbeta här.',
    currentState:
      'Hälften av de besökta företagen har svårt att rekrytera, särskilt yrkesutbildade.',
    desiredState:
      'Skolan, Komvux och företagen utbildar tillsammans för de jobb som finns i kommunen.',
    responsible: { role: 'Rektor', organisation: 'Exeby gymnasium' },
    downturnNote:
      'I en lågkonjunktur är det rätt tid att utbilda och validera, så att folk finns när det vänder.',
    brandNote: 'Visar Exeby som en kommun där unga ser en framtid.',
    impact: 5,
    effort: 4,
    priorityReason: 'Nämns i flest besök och intervjuer; påverkar alla branscher.',
    agenda2030: [4, 8],
    swotStrengthNote: 'Ett starkt gymnasium med industriprogram och ett aktivt företagarnätverk.',
  },
  {
    key: 'service',
    name: 'Service och myndighetsutövning',
    why: 'Snabba och begripliga besked från kommunen är det som mest direkt gör det lättare att driva företag.',
    visionLink: 'Kommunen ska vara en partner som gör det lätt att göra rätt.',
    currentState: 'Långa handläggningstider för bygglov och ett NKI under snittet för riket.',
    desiredState: 'Besked inom tre veckor och en kontaktväg in för företagen.',
    responsible: { role: 'Samhällsbyggnadschef', organisation: 'Exempelkommun' },
    downturnNote: 'God service kostar lite och betyder mest när marginalerna är små.',
    brandNote: 'Ryktet om kommunens bemötande sprids snabbt mellan företagare.',
    impact: 4,
    effort: 2,
    priorityReason: 'Inom kommunens egen rådighet och snabbt märkbart för företagen.',
    agenda2030: [8, 16],
    swotStrengthNote: 'Korta beslutsvägar i en liten organisation.',
  },
  {
    key: 'land',
    name: 'Mark och lokaler för etablering',
    why: 'Flera företag vill bygga ut eller flytta hit men hittar ingen byggklar mark eller lokal.',
    visionLink: 'Det ska finnas plats för företag som vill växa här.',
    currentState: 'Fyra hektar planlagd verksamhetsmark, nästan ingen i byarna.',
    desiredState: 'Byggklar mark i centralorten och lokaler i byarna när företagen behöver dem.',
    responsible: { role: 'Mark- och exploateringsingenjör', organisation: 'Exempelkommun' },
    downturnNote:
      'Planarbete tar år; mark som planläggs i en lågkonjunktur är klar när efterfrågan kommer.',
    brandNote: 'Närhet till väg och järnväg är ett argument vid etableringar.',
    impact: 4,
    effort: 4,
    priorityReason: 'Avgörande för tillväxt men kräver långsiktiga investeringar.',
    agenda2030: [9, 11],
    swotStrengthNote: 'Läget vid riksvägen och järnvägen.',
  },
  {
    key: 'entrepreneurship',
    name: 'Entreprenörskap och nyföretagande',
    why: 'Fler som startar och tar över företag behövs när många företagare går i pension.',
    visionLink: 'Unga och nyinflyttade ska se företagande som en självklar väg.',
    currentState: 'Nyföretagandet är lägre än i länet och många ägarskiften väntar.',
    desiredState: 'Fler nya företag och fler genomförda ägarskiften.',
    downturnNote: 'Fler startar eget när jobben blir färre; stödet behövs då som mest.',
    brandNote: '',
    impact: 3,
    effort: 2,
    priorityReason: 'Bra effekt för en liten insats tillsammans med Nyföretagarcentrum och UF.',
    agenda2030: [4, 5, 8],
    swotStrengthNote: 'Aktiva UF-lärare och Kvinnliga företagare i Exeby.',
  },
  {
    key: 'tourism',
    name: 'Besöksnäring och platsvarumärke',
    why: 'Besöksnäringen ger jobb i byarna och gör kommunen känd, vilket också hjälper rekryteringen.',
    visionLink: 'En plats man vill besöka är en plats man kan tänka sig att flytta till.',
    currentState: 'Många besökare på sommaren men få året runt.',
    desiredState: 'Fler gästnätter utanför högsäsongen och ett gemensamt budskap om kommunen.',
    responsible: { role: 'Kommunikatör', organisation: 'Exempelkommun' },
    downturnNote:
      'Hemester ökar när ekonomin är svag; satsningen håller även då men resebudgetar minskar.',
    brandNote: 'Sjöarna, skogen och sommarteatern är det som gör Exeby känt utanför länet.',
    impact: 3,
    effort: 3,
    priorityReason: 'Stärker både näringen och bilden av kommunen.',
    agenda2030: [8, 11, 12],
    swotStrengthNote: 'Natur och kulturliv som besökare redan känner till.',
  },
  {
    key: 'fibre',
    name: 'Fiber och digital infrastruktur i byarna',
    candidate: true,
    why: 'Företag i byarna saknar snabb uppkoppling.',
    impact: 4,
    effort: 5,
    priorityReason: 'Stor nytta men dyrt; regionen har ett eget bredbandsprogram.',
    agenda2030: [9],
  },
  {
    key: 'fair',
    name: 'Gemensam företagsmässa',
    candidate: true,
    why: 'Företagen vill synas för varandra och för invånarna.',
    impact: 2,
    effort: 2,
    priorityReason: 'Enkelt att ordna men liten effekt på företagsklimatet.',
  },
];

type GoalPlan = Partial<z.input<typeof goalInput>> & {
  key: string;
  area: string;
  parent?: string;
  text: string;
  /** Measurements as [days before today, value]. */
  series?: [number, number][];
  source?: string;
  revision?: { daysAgo: number; oldTarget: number; reason: string };
  achievedDaysAgo?: number;
};

const yearly = (values: [number, number, number]): [number, number][] => [
  [730, values[0]],
  [365, values[1]],
  [30, values[2]],
];

const goals: GoalPlan[] = [
  {
    key: 'employment',
    area: 'competence',
    text: 'Förvärvsfrekvensen bland 20–64-åringar ska öka till 82 procent.',
    why: 'Fler i arbete betyder att företagen hittar folk och att kommunen växer.',
    type: 'effect',
    measureLevel: 'strategic',
    horizon: 'long',
    indicatorName: 'Förvärvsfrekvens 20–64 år',
    indicatorUnit: 'procent',
    direction: 'higher',
    indicatorSource: 'kolada',
    indicatorSourceNote: 'SCB, via Kolada',
    baselineValue: 78.5,
    targetValue: 82,
    series: yearly([78.5, 79.6, 80.3]),
    source: 'Kolada',
    quality: { clear: true, measurable: true, sustainable: true, anchored: true },
    agenda2030: [8],
  },
  {
    key: 'uf',
    area: 'competence',
    text: 'Minst 40 UF-företag per läsår på kommunens gymnasieskolor.',
    why: 'Den som drivit UF-företag startar oftare eget senare.',
    type: 'result',
    measureLevel: 'tactical',
    horizon: 'short',
    indicatorName: 'Antal UF-företag',
    indicatorUnit: 'antal',
    indicatorSource: 'other',
    indicatorSourceNote: 'Ung Företagsamhet Exempellän',
    baselineValue: 22,
    targetValue: 40,
    series: yearly([22, 26, 27]),
    source: 'Ung Företagsamhet',
    quality: { clear: true, measurable: true, sustainable: false, anchored: true },
    agenda2030: [4, 8],
  },
  {
    key: 'internships',
    area: 'competence',
    parent: 'employment',
    levelKind: 'action_plan',
    text: '60 praktikplatser per år hos företagen i nätverket.',
    why: 'Praktik är den vanligaste vägen till ett första jobb i kommunen.',
    type: 'process',
    measureLevel: 'operational',
    horizon: 'short',
    indicatorName: 'Antal praktikplatser',
    indicatorUnit: 'platser per år',
    indicatorSource: 'own_survey',
    indicatorSourceNote: 'Företagarnätverkets sammanställning',
    baselineValue: 25,
    targetValue: 60,
    series: yearly([25, 38, 47]),
    source: 'Exeby Företagarnätverk',
    quality: { clear: true, measurable: true, sustainable: true, anchored: true },
  },
  {
    key: 'unemployment',
    area: 'competence',
    text: 'Arbetslösheten ska sjunka till 5,5 procent.',
    why: 'Låg arbetslöshet visar att kompetensen matchar jobben.',
    type: 'effect',
    measureLevel: 'strategic',
    horizon: 'long',
    influenceable: false,
    indicatorName: 'Öppet arbetslösa och sökande i program 16–64 år, andel',
    indicatorUnit: 'procent',
    direction: 'lower',
    indicatorSource: 'kolada',
    indicatorSourceNote: 'Kolada, Arbetsförmedlingen',
    baselineValue: 7.8,
    targetValue: 5.5,
    series: yearly([7.8, 7.1, 6.6]),
    source: 'Kolada',
    quality: { clear: true, measurable: true, sustainable: false, anchored: false },
    agenda2030: [8, 10],
  },
  {
    key: 'nki',
    area: 'service',
    text: 'Nöjd kund-index för företagare ska vara minst 75.',
    why: 'Företagens betyg på vår myndighetsutövning visar om servicen blir bättre.',
    type: 'result',
    measureLevel: 'tactical',
    horizon: 'long',
    indicatorName: 'Nöjd kund-index för företagare (SKR Insikt)',
    indicatorUnit: 'NKI (0–100)',
    indicatorSource: 'nki',
    indicatorSourceNote: 'SKR och RKA, Insikt',
    baselineValue: 68,
    targetValue: 75,
    series: yearly([68, 70, 71]),
    source: 'SKR Insikt',
    quality: { clear: true, measurable: true, sustainable: true, anchored: true },
    agenda2030: [16],
  },
  {
    key: 'permits',
    area: 'service',
    text: 'Handläggningstiden för bygglov ska vara högst 21 dagar (median).',
    why: 'Företag som ska bygga ut förlorar pengar på varje vecka de väntar.',
    type: 'result',
    measureLevel: 'operational',
    horizon: 'short',
    indicatorName: 'Handläggningstid för bygglov',
    indicatorUnit: 'median, dagar',
    direction: 'lower',
    indicatorSource: 'lead_time',
    indicatorSourceNote: 'Ärendesystemet: datum för komplett ansökan och beslut',
    baselineValue: 42,
    targetValue: 21,
    series: [42, 40, 41, 38, 39, 37, 38, 36].map((v, i) => [730 - 91 * i, v]),
    source: 'Ärendesystemet, kvartalsuttag',
    revision: {
      daysAgo: 300,
      oldTarget: 14,
      reason:
        'Det nya ärendesystemet kommer ett år senare än planerat. 14 dagar går inte att nå med dagens bemanning; 21 dagar är fortfarande en halvering.',
    },
    quality: { clear: true, measurable: true, sustainable: true, anchored: true },
    agenda2030: [9, 16],
  },
  {
    key: 'digital-permits',
    area: 'service',
    parent: 'permits',
    levelKind: 'action_plan',
    text: 'Alla bygglovsansökningar ska kunna lämnas digitalt.',
    why: 'Kompletta digitala ansökningar kortar handläggningen.',
    type: 'result',
    measureLevel: 'operational',
    horizon: 'short',
    indicatorName: 'Andel ansökningar som lämnas digitalt',
    indicatorUnit: 'procent',
    indicatorSource: 'own_survey',
    indicatorSourceNote: 'Ärendesystemet',
    baselineValue: 10,
    targetValue: 100,
    series: yearly([10, 55, 100]),
    source: 'Ärendesystemet',
    achievedDaysAgo: 30,
    quality: { clear: true, measurable: true, sustainable: true, anchored: true },
  },
  {
    key: 'land',
    area: 'land',
    text: '15 hektar planlagd och byggklar verksamhetsmark.',
    why: 'Utan byggklar mark tackar vi nej till etableringar.',
    type: 'result',
    measureLevel: 'tactical',
    horizon: 'long',
    indicatorName: 'Byggklar verksamhetsmark',
    indicatorUnit: 'hektar',
    indicatorSource: 'other',
    indicatorSourceNote: 'Samhällsbyggnadsförvaltningen',
    baselineValue: 4,
    targetValue: 15,
    series: yearly([4, 4, 5]),
    source: 'Samhällsbyggnadsförvaltningen',
    quality: { clear: true, measurable: true, sustainable: true, anchored: false },
    agenda2030: [9, 11],
  },
  {
    key: 'new-businesses',
    area: 'entrepreneurship',
    text: 'Nyföretagandet ska vara minst 6 per 1 000 invånare.',
    why: 'Nya företag behövs när många företagare går i pension.',
    type: 'effect',
    measureLevel: 'strategic',
    horizon: 'long',
    indicatorName: 'Nyföretagande per 1 000 invånare',
    indicatorUnit: 'nya företag per 1 000 invånare',
    indicatorSource: 'new_businesses',
    indicatorSourceNote: 'Tillväxtanalys',
    baselineValue: 4.6,
    targetValue: 6,
    series: yearly([4.6, 4.4, 4.3]),
    source: 'Tillväxtanalys',
    quality: { clear: true, measurable: true, sustainable: true, anchored: true },
    agenda2030: [8],
  },
  {
    key: 'ranking',
    area: 'entrepreneurship',
    text: 'Exempelkommun ska ligga bland de 100 bästa i Svenskt Näringslivs ranking.',
    why: 'Rankingen är det mått politiker och företagare oftast frågar efter.',
    type: 'effect',
    measureLevel: 'strategic',
    horizon: 'long',
    indicatorName: 'Företagsklimat, placering i Svenskt Näringslivs ranking',
    indicatorUnit: 'placering (1–290)',
    direction: 'lower',
    indicatorSource: 'ranking',
    indicatorSourceNote: 'Svenskt Näringsliv, Lokalt företagsklimat',
    baselineValue: 187,
    targetValue: 100,
    series: yearly([187, 164, 142]),
    source: 'Svenskt Näringsliv',
    quality: { clear: true, measurable: true, sustainable: false, anchored: true },
  },
  {
    key: 'guest-nights',
    area: 'tourism',
    text: '60 000 gästnätter per år.',
    type: 'result',
    measureLevel: 'tactical',
    horizon: 'long',
    indicatorName: 'Gästnätter per år',
    indicatorUnit: 'antal',
    indicatorSource: 'other',
    indicatorSourceNote: 'Tillväxtverket och SCB, inkvarteringsstatistik',
    baselineValue: 48_000,
    targetValue: 60_000,
    quality: { clear: true, measurable: true, sustainable: false, anchored: false },
    agenda2030: [8, 12],
  },
  {
    key: 'climate-rating',
    area: 'tourism',
    text: 'Företagarnas sammanfattande omdöme om företagsklimatet ska vara minst 3,8.',
    why: 'Ett bättre omdöme gör det lättare att locka företag och folk hit.',
    type: 'effect',
    measureLevel: 'strategic',
    horizon: 'long',
    indicatorName: 'Sammanfattande omdöme om företagsklimatet',
    indicatorUnit: 'betyg 1–6',
    indicatorSource: 'ranking',
    indicatorSourceNote: 'Svenskt Näringsliv, enkät till företagare',
    baselineValue: 3.2,
    targetValue: 3.8,
    series: yearly([3.2, 3.3, 3.25]),
    source: 'Svenskt Näringsliv',
    quality: { clear: true, measurable: true, sustainable: true, anchored: true },
  },
];

function findStakeholder(
  db: Database,
  role: { role: string; organisation: string },
): { id: string; name: string } | null {
  const row = db
    .prepare(
      `SELECT id, name FROM stakeholders
       WHERE role_title = ? AND organisation = ? AND deleted_at IS NULL
       ORDER BY created_at, id LIMIT 1`,
    )
    .get(role.role, role.organisation) as { id: string; name: string } | undefined;
  return row ?? null;
}

function areaData(db: Database, plan: AreaPlan): FocusAreaData {
  const person = plan.responsible ? findStakeholder(db, plan.responsible) : null;
  return {
    name: plan.name,
    candidate: plan.candidate ?? false,
    why: plan.why ?? '',
    visionLink: plan.visionLink ?? '',
    currentState: plan.currentState ?? '',
    desiredState: plan.desiredState ?? '',
    responsibleStakeholderId: person?.id ?? null,
    responsibleName: person?.name ?? '',
    downturnNote: plan.downturnNote ?? '',
    brandNote: plan.brandNote ?? '',
    impact: plan.impact ?? null,
    effort: plan.effort ?? null,
    priorityReason: plan.priorityReason ?? '',
    agenda2030: plan.agenda2030 ?? [],
    swotStrengthNote: plan.swotStrengthNote ?? '',
  };
}

/**
 * Writes the demo focus areas and goals into `programmeId`; `today` is YYYY-MM-DD. Baselines lie
 * two years back and targets two years ahead. Does nothing when the programme already has focus
 * areas. Call after the stakeholders exist (responsibles are found by role).
 */
export function generateGoalsDemo(
  db: Database,
  programmeId: string,
  today: string,
): GoalsDemoCounts {
  const counts: GoalsDemoCounts = { focusAreas: 0, goals: 0, measurements: 0, revisions: 0 };
  const existing = db
    .prepare('SELECT count(*) FROM focus_areas WHERE programme_id = ?')
    .pluck()
    .get(programmeId) as number;
  if (existing > 0) return counts;
  const day = parseDay(today);
  const dateAgo = (days: number) => formatDay(addDays(day, -days));
  const at = (daysAgo: number, hour = 10) => timestampAt(addDays(day, -daysAgo), hour, 0);
  const baselineDate = dateAgo(730);
  const targetDate = dateAgo(-730);

  db.transaction(() => {
    const areaIds = new Map<string, string>();
    const priorities = [0, 0];
    for (const plan of areas) {
      const id = demoId(`area:${plan.key}`);
      const data = areaData(db, plan);
      const index = data.candidate ? 1 : 0;
      priorities[index] = (priorities[index] ?? 0) + 1;
      insertFocusArea(db, id, programmeId, priorities[index]!, data, at(420));
      areaIds.set(plan.key, id);
      counts.focusAreas += 1;
    }
    const goalIds = new Map<string, string>();
    for (const plan of goals) {
      const id = demoId(`goal:${plan.key}`);
      const data: GoalData = {
        focusAreaId: areaIds.get(plan.area) ?? null,
        parentGoalId: plan.parent ? (goalIds.get(plan.parent) ?? null) : null,
        levelKind: plan.levelKind ?? 'programme',
        text: plan.text,
        why: plan.why ?? '',
        type: plan.type ?? 'result',
        measureLevel: plan.measureLevel ?? 'strategic',
        horizon: plan.horizon ?? 'long',
        influenceable: plan.influenceable ?? true,
        quality: {
          clear: plan.quality?.clear ?? false,
          measurable: plan.quality?.measurable ?? false,
          sustainable: plan.quality?.sustainable ?? false,
          anchored: plan.quality?.anchored ?? false,
        },
        agenda2030: plan.agenda2030 ?? [],
        indicatorName: plan.indicatorName ?? '',
        indicatorUnit: plan.indicatorUnit ?? '',
        direction: plan.direction ?? 'higher',
        indicatorSource: plan.indicatorSource ?? 'other',
        indicatorSourceNote: plan.indicatorSourceNote ?? '',
        baselineValue: plan.baselineValue ?? null,
        baselineDate,
        targetValue: plan.targetValue ?? null,
        targetDate,
        achievedAt: plan.achievedDaysAgo !== undefined ? dateAgo(plan.achievedDaysAgo) : null,
      };
      // A minute apart, so the goals list in the order written here.
      insertGoal(db, id, programmeId, data, timestampAt(addDays(day, -400), 9, counts.goals));
      goalIds.set(plan.key, id);
      counts.goals += 1;
      for (const [daysAgo, value] of plan.series ?? []) {
        const measuredAt = at(Math.max(0, daysAgo - 7), 14);
        insertMeasurement(
          db,
          demoId(`measurement:${plan.key}:${daysAgo}`),
          id,
          { date: dateAgo(daysAgo), value, comment: '', source: plan.source ?? '' },
          measuredAt,
        );
        counts.measurements += 1;
      }
      if (plan.revision) {
        insertRevision(
          db,
          {
            id: demoId(`revision:${plan.key}`),
            goalId: id,
            changedAt: at(plan.revision.daysAgo, 15),
            oldTargetValue: plan.revision.oldTarget,
            newTargetValue: data.targetValue,
            oldTargetDate: targetDate,
            newTargetDate: targetDate,
            reason: plan.revision.reason,
          },
          at(plan.revision.daysAgo, 15),
        );
        counts.revisions += 1;
      }
    }
  })();
  return counts;
}
