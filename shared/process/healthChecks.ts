// Runs in: everywhere. The overview's health checks: gaps the officer can fix, each pointing at the
// wizard step where it is fixed. Titles name the gap and never a person (F27: no blame wording).
import type { HealthCheck } from './types';

export const healthChecks: readonly HealthCheck[] = [
  {
    id: 'owner-missing',
    title: { sv: 'Ägare eller uppdrag saknas', en: 'Owner or commission missing' },
    stepId: 'owner-and-mandate',
    seedRefs: ['I01', 'S08'],
  },
  {
    id: 'process-leader-missing',
    title: { sv: 'Processledare eller mandat saknas', en: 'Process leader or mandate missing' },
    stepId: 'process-leader',
    seedRefs: ['S21', 'I33'],
  },
  {
    id: 'skipped-steps',
    title: { sv: 'Steg i guiden som har hoppats över', en: 'Wizard steps that were skipped' },
    stepId: 'process-leader',
    seedRefs: ['I33'],
  },
  {
    id: 'why-missing',
    title: {
      sv: 'Varför saknas på programmet, ett fokusområde, ett mål eller en aktivitet',
      en: 'A why is missing on the programme, a focus area, a goal or an action',
    },
    stepId: 'purpose-and-why',
    seedRefs: ['P08', 'S11', 'I02'],
  },
  {
    id: 'empty-actor-categories',
    title: { sv: 'Aktörskategorier utan någon aktör', en: 'Actor categories without any actor' },
    stepId: 'actors',
    seedRefs: [
      'A01',
      'A02',
      'A03',
      'A04',
      'A05',
      'A06',
      'A07',
      'A08',
      'A09',
      'A10',
      'A11',
      'A12',
      'A13',
      'A14',
      'A16',
    ],
  },
  {
    id: 'no-key-actors',
    title: {
      sv: 'Inga nyckelaktörer eller eldsjälar är markerade',
      en: 'No key actors or champions are marked',
    },
    stepId: 'actors',
    seedRefs: ['A15'],
  },
  {
    id: 'unreached-localities',
    title: {
      sv: 'Orter som arbetet ännu inte har nått',
      en: 'Localities the work has not reached yet',
    },
    stepId: 'actors',
    seedRefs: ['A16'],
  },
  {
    id: 'working-group-gaps',
    title: {
      sv: 'Aktörskategorier som saknas i arbetsgruppen',
      en: 'Actor categories missing from the working group',
    },
    stepId: 'working-group',
    seedRefs: ['I22', 'S23'],
  },
  {
    id: 'anchoring-gaps',
    title: {
      sv: 'Aktörer på förankringslistan som ännu inte har hörts',
      en: 'Actors on the anchoring list not yet heard',
    },
    stepId: 'anchoring',
    seedRefs: ['S09', 'I05'],
  },
  {
    id: 'no-communication-plan',
    title: {
      sv: 'Kommunikationsplanen saknas eller har inga insatser',
      en: 'The communication plan is missing or has no items',
    },
    stepId: 'communication-plan',
    seedRefs: ['I24', 'S18', 'P16'],
  },
  {
    id: 'missing-audience',
    title: {
      sv: 'Kommunikationsinsatser utan målgrupp',
      en: 'Communication items without an audience',
    },
    stepId: 'communication-plan',
    seedRefs: ['I26'],
  },
  {
    id: 'narrow-channels',
    title: { sv: 'Kommunikationen använder få kanaler', en: 'Communication uses few channels' },
    stepId: 'communication-plan',
    seedRefs: ['I27', 'I28'],
  },
  {
    id: 'briefing-overdue',
    title: {
      sv: 'Det var länge sedan politikerna fick en dragning',
      en: 'It is long since the politicians were briefed',
    },
    stepId: 'politician-briefings',
    seedRefs: ['I09', 'A01'],
  },
  {
    id: 'policy-unchecked',
    title: { sv: 'Policydokument som inte är avstämda', en: 'Policy documents not yet checked' },
    stepId: 'policy-check',
    seedRefs: ['S07'],
  },
  {
    id: 'open-obstacles',
    title: { sv: 'Hinder utan ansvarig', en: 'Obstacles without anyone responsible' },
    stepId: 'obstacles',
    seedRefs: ['S10'],
  },
  {
    id: 'staircase-unset',
    title: {
      sv: 'Nyckelaktörer utan trappsteg på samhandlingstrappan',
      en: 'Key actors without a level on the cooperation staircase',
    },
    stepId: 'cooperation-staircase',
    seedRefs: ['S20', 'I21'],
  },
  {
    id: 'focus-area-incomplete',
    title: {
      sv: 'Fokusområden utan ansvarig eller utan mål',
      en: 'Focus areas without a responsible person or goal',
    },
    stepId: 'focus-areas',
    seedRefs: ['I07', 'P10'],
  },
  {
    id: 'focus-area-no-strength',
    title: {
      sv: 'Fokusområden utan koppling till en styrka',
      en: 'Focus areas not linked to a strength',
    },
    stepId: 'focus-areas',
    seedRefs: ['I18'],
  },
  {
    id: 'focus-area-no-downturn-note',
    title: {
      sv: 'Fokusområden utan anteckning om lågkonjunktur',
      en: 'Focus areas without a downturn note',
    },
    stepId: 'focus-areas',
    seedRefs: ['I17'],
  },
  {
    id: 'too-many-goals',
    title: {
      sv: 'Fokusområden med fler mål än gränsen',
      en: 'Focus areas with more goals than the limit',
    },
    stepId: 'goals',
    seedRefs: ['F09'],
  },
  {
    id: 'goal-not-measurable',
    title: {
      sv: 'Mål utan mätetal, utgångsvärde, målvärde eller datum',
      en: 'Goals without indicator, baseline, target or date',
    },
    stepId: 'goals',
    seedRefs: ['P03', 'I06'],
  },
  {
    id: 'goal-not-influenceable',
    title: {
      sv: 'Mål som kommunen inte bedöms kunna påverka',
      en: 'Goals the municipality is judged unable to influence',
    },
    stepId: 'goals',
    seedRefs: ['F10'],
  },
  {
    id: 'horizon-missing',
    title: {
      sv: 'Mål eller aktiviteter utan tidshorisont',
      en: 'Goals or actions without a horizon',
    },
    stepId: 'goals',
    seedRefs: ['S22', 'P04'],
  },
  {
    id: 'goal-levels-unlinked',
    title: {
      sv: 'Handlingsplanens mål utan koppling till ett programmål',
      en: 'Action-plan goals not linked to a programme goal',
    },
    stepId: 'goals',
    seedRefs: ['I08'],
  },
  {
    id: 'action-incomplete',
    title: {
      sv: 'Aktiviteter där vem, vad, när, hur eller varför saknas',
      en: 'Actions missing who, what, when, how or why',
    },
    stepId: 'action-plan',
    seedRefs: ['I13', 'P07'],
  },
  {
    id: 'action-no-responsible',
    title: { sv: 'Aktiviteter utan ansvarig', en: 'Actions without a responsible person' },
    stepId: 'action-plan',
    seedRefs: ['I37'],
  },
  {
    id: 'realism-balance',
    title: {
      sv: 'Obalans mellan realistiska och utmanande aktiviteter',
      en: 'Imbalance between realistic and challenging actions',
    },
    stepId: 'action-plan',
    seedRefs: ['I15'],
  },
  {
    id: 'unclear-text',
    title: {
      sv: 'Långa meningar och fackord i programtexten',
      en: 'Long sentences and jargon in the programme text',
    },
    stepId: 'clarity-check',
    seedRefs: ['P15', 'I32'],
  },
  {
    id: 'follow-up-due',
    title: {
      sv: 'Uppföljningar som snart ska göras eller är försenade',
      en: 'Follow-ups due soon or overdue',
    },
    stepId: 'follow-up-cadence',
    seedRefs: ['I38', 'F01'],
  },
  {
    id: 'indicator-no-baseline',
    title: { sv: 'Mätetal utan utgångsvärde', en: 'Indicators without a baseline' },
    stepId: 'measurements',
    seedRefs: ['F14'],
  },
  {
    id: 'red-thread-breaks',
    title: { sv: 'Brister i den röda tråden', en: 'Breaks in the red thread' },
    stepId: 'status-and-red-thread',
    seedRefs: ['F03'],
  },
  {
    id: 'status-without-comment',
    title: {
      sv: 'Gul eller röd status utan kommentar',
      en: 'Yellow or red status without a comment',
    },
    stepId: 'status-and-red-thread',
    seedRefs: ['F11'],
  },
  {
    id: 'stalled-actions',
    title: {
      sv: 'Aktiviteter som inte har uppdaterats på länge',
      en: 'Actions not updated for a long time',
    },
    stepId: 'keep-going',
    seedRefs: ['I16'],
  },
  {
    id: 'meetings-vs-results',
    title: {
      sv: 'Möten jämfört med avslutade aktiviteter',
      en: 'Meetings compared with finished actions',
    },
    stepId: 'keep-going',
    seedRefs: ['I29'],
  },
  {
    id: 'costs-over-plan',
    title: { sv: 'Kostnader över plan', en: 'Costs above plan' },
    stepId: 'costs',
    seedRefs: ['F19'],
  },
  {
    id: 'lessons-unlinked',
    title: {
      sv: 'Lärdomar utan koppling till mål eller aktivitet',
      en: 'Lessons not linked to a goal or action',
    },
    stepId: 'learning',
    seedRefs: ['F06'],
  },
  {
    id: 'results-untold',
    title: {
      sv: 'Uppnådda resultat som ingen har fått höra om än',
      en: 'Achieved results nobody has been told about yet',
    },
    stepId: 'report-and-communicate',
    seedRefs: ['I25', 'F02'],
  },
  {
    id: 'upward-overdue',
    title: {
      sv: 'Det var länge sedan ledningen fick en lägesrapport',
      en: 'It is long since management had a status report',
    },
    stepId: 'report-upward',
    seedRefs: ['F23'],
  },
];
