// Runs in: everywhere. The programme's own text (programtext): per section of the document
// (shared/process/documentSections.ts) whether it is written by hand, built from the data, or
// both; the texts; sections deliberately left out; the first page's metadata; and the roles
// table (roll- och ansvarsfördelning, P06, I04, I19, I31).
import type { EditorId } from '../process/editors';
import type { ResponsibleOrgKind } from './actions';

/**
 * text: only what the officer writes. data: built from records kept elsewhere. mixed: an
 * optional text of the officer's followed by what the data gives.
 */
export type SectionKind = 'text' | 'data' | 'mixed';

export interface SectionPlan {
  id: string;
  kind: SectionKind;
  /** Where the data (or, for 'why', the text itself) is edited. */
  editor: EditorId | null;
  /** A plain hint on what to write, Swedish and English. */
  hint: { sv: string; en: string };
  /** P01: a short section; longer texts get a hint (words). */
  maxWords?: number;
}

/** Every section of documentSections, in the same order (a unit test keeps them in step). */
export const sectionPlans: readonly SectionPlan[] = [
  {
    id: 'background',
    kind: 'text',
    editor: null,
    maxWords: 200,
    hint: {
      sv: 'Kort: varför programmet tas fram nu och vem som gett uppdraget. Högst ett par stycken.',
      en: 'Short: why the programme is made now and who commissioned it. A couple of paragraphs at most.',
    },
  },
  {
    id: 'why',
    kind: 'text',
    editor: 'purpose',
    hint: {
      sv: 'Programmets varför: vad som ska bli bättre för företagen och kommunen. Texten är densamma som under Syfte och varför.',
      en: 'The why of the programme: what should get better for the businesses and the municipality. The same text as under Purpose and why.',
    },
  },
  {
    id: 'vision-and-steering',
    kind: 'mixed',
    editor: 'focusAreas',
    hint: {
      sv: 'Hur programmet hänger ihop med kommunens vision och andra styrdokument. Visionen och fokusområdenas koppling läggs till ur underlaget.',
      en: 'How the programme ties in with the vision and other steering documents. The vision and the focus areas’ links are added from the data.',
    },
  },
  {
    id: 'current-state',
    kind: 'mixed',
    editor: 'swot',
    hint: {
      sv: 'Några meningar om läget i dag. SWOT och statistik läggs till ur underlaget.',
      en: 'A few sentences on the situation today. SWOT and statistics are added from the data.',
    },
  },
  {
    id: 'development-areas',
    kind: 'mixed',
    editor: 'swot',
    hint: {
      sv: 'Vad som behöver bli bättre. Svagheterna i SWOT listas efter texten.',
      en: 'What needs to improve. The SWOT weaknesses are listed after the text.',
    },
  },
  {
    id: 'shared-goal-picture',
    kind: 'mixed',
    editor: null,
    hint: {
      sv: 'Målbilden som företag, politiker och tjänstepersoner ställt sig bakom, och var det skedde. En målbild som registrerats under Analys läggs till med vilka som stod bakom den.',
      en: 'The goal picture that businesses, politicians and officials stood behind, and where. A goal picture recorded under Analysis is added with who stood behind it.',
    },
  },
  {
    id: 'focus-areas',
    kind: 'data',
    editor: 'focusAreas',
    hint: {
      sv: 'Fokusområdena i prioritetsordning med varför, nuläge och önskat läge, ansvarig och styrkor.',
      en: 'The focus areas by priority with why, current and desired state, responsible and strengths.',
    },
  },
  {
    id: 'goals',
    kind: 'data',
    editor: 'goals',
    hint: {
      sv: 'Målen per fokusområde med mätetal, utgångsläge, målvärde och datum.',
      en: 'The goals per focus area with indicator, baseline, target and date.',
    },
  },
  {
    id: 'concrete-steps',
    kind: 'data',
    editor: 'actions',
    hint: {
      sv: 'Handlingsplanens aktiviteter under sina fokusområden.',
      en: 'The action plan’s activities under their focus areas.',
    },
  },
  {
    id: 'sustainability',
    kind: 'data',
    editor: 'focusAreas',
    hint: {
      sv: 'Vilka av de globala målen fokusområden och mål bidrar till.',
      en: 'Which global goals the focus areas and goals contribute to.',
    },
  },
  {
    id: 'roles',
    kind: 'data',
    editor: 'roles',
    hint: {
      sv: 'Vem som gör vad, kommunen och andra, ur handlingsplanen och grupperna.',
      en: 'Who does what, the municipality and others, from the action plan and the groups.',
    },
  },
  {
    id: 'timeline',
    kind: 'mixed',
    editor: 'actions',
    hint: {
      sv: 'Hur arbetet fördelas över åren. Aktiviteternas start och slut per år läggs till ur handlingsplanen.',
      en: 'How the work is spread over the years. The activities’ start and end per year are added from the action plan.',
    },
  },
  {
    id: 'long-term',
    kind: 'mixed',
    editor: 'goals',
    hint: {
      sv: 'Varför programmet gäller så här länge och vad som ska hålla över tid. Perioden och de långsiktiga målen läggs till.',
      en: 'Why the programme runs this long and what must last. The period and long-term goals are added.',
    },
  },
  {
    id: 'regional',
    kind: 'text',
    editor: null,
    hint: {
      sv: 'Samarbetet med regionen och grannkommunerna: med vilka, om vad och hur.',
      en: 'Cooperation with the region and neighbouring municipalities: with whom, on what and how.',
    },
  },
  {
    id: 'brand',
    kind: 'mixed',
    editor: 'focusAreas',
    hint: {
      sv: 'Platsens varumärke och identitet. Fokusområdenas bidrag till varumärket läggs till.',
      en: 'The place brand and identity. The focus areas’ contribution to the brand is added.',
    },
  },
  {
    id: 'communication-plan',
    kind: 'mixed',
    editor: 'communication',
    hint: {
      sv: 'Hur programmet och resultaten görs kända: för vilka, i vilka kanaler och hur ofta. Kommunikationsplanens insatser läggs till som tabell.',
      en: 'How the programme and its results are made known: to whom, in which channels and how often. The communication plan’s items are added as a table.',
    },
  },
  {
    id: 'follow-up',
    kind: 'mixed',
    editor: 'followUps',
    hint: {
      sv: 'Hur, hur ofta och av vem programmet följs upp. Målens mätetal listas efter texten.',
      en: 'How, how often and by whom the programme is followed up. The goals’ indicators are listed after the text.',
    },
  },
];

export const sectionPlan = (id: string): SectionPlan | undefined =>
  sectionPlans.find((p) => p.id === id);

/** Sections the officer can write in ('text' and 'mixed'). */
export const writableSectionIds = sectionPlans.filter((p) => p.kind !== 'data').map((p) => p.id);

/**
 * written: has text; data: built from records that exist; empty: nothing to print yet (a draft
 * asks for it); left-out: deliberately not in the document.
 */
export type SectionState = 'written' | 'data' | 'empty' | 'left-out';

export interface SectionView {
  id: string;
  kind: SectionKind;
  editor: EditorId | null;
  text: string;
  leftOut: boolean;
  leftOutReason: string;
  /** Null while never saved. */
  updatedAt: string | null;
  /** How many records the data part has (focus areas, goals, rows …); null for text sections. */
  dataCount: number | null;
  state: SectionState;
}

/** The metadata block of the document's first page that is not already on the programme. */
export interface ProgrammeDocumentMeta {
  /** Who revises the programme (e.g. 'Kommunstyrelsen'). */
  revisedBy: string;
  /** Who follows it up (e.g. 'Näringslivsenheten, årligen till KS'). */
  followedUpBy: string;
  updatedAt: string | null;
}

export interface ProgrammeTextView {
  programmeId: string;
  sections: SectionView[];
  meta: ProgrammeDocumentMeta;
  /** The latest save of any text, left-out mark or metadata. */
  lastSavedAt: string | null;
}

export interface RoleAction {
  id: string;
  what: string;
  focusAreaName: string | null;
  status: string;
}

export interface RoleGroup {
  name: string;
  role: string;
}

/** One row of the roles table: a person or organisation and what they do. */
export interface RoleRow {
  /** 'stakeholder:<id>' or 'name:<lower-case name>': what a confirmation is stored under. */
  key: string;
  name: string;
  organisation: string;
  /** I19: municipality, another organisation, or both (actions of either kind). */
  orgKind: ResponsibleOrgKind | 'both';
  actions: RoleAction[];
  /** Where the groups feature exists: the groups they sit in. */
  groups: RoleGroup[];
  /** I31: when the role was confirmed with them. */
  confirmedDate: string | null;
  confirmedNote: string;
}

export interface RolesTable {
  programmeId: string;
  rows: RoleRow[];
  /** I19: actions carried by the municipality and by others. */
  split: Record<ResponsibleOrgKind, number>;
  /** Live actions with nobody responsible (they cannot be in the table). */
  withoutResponsible: number;
  /** True when the groups feature's tables exist (groups are read). */
  groupsRead: boolean;
}
