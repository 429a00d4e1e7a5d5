// Runs in: everywhere. The analysis texts of a programme (S02, S05, P12): omvärldsanalys,
// nulägesanalys and a free 'annan analys', each with its sources, and the programme's nuläge and
// önskat läge (the focus areas keep their own pair).

export const analysisTextKinds = [
  { id: 'external', sv: 'Omvärldsanalys', en: 'External analysis' },
  { id: 'current', sv: 'Nulägesanalys', en: 'Current-state analysis' },
  { id: 'other', sv: 'Annan analys', en: 'Other analysis' },
  { id: 'state_now', sv: 'Nuläge', en: 'Current state' },
  { id: 'state_wanted', sv: 'Önskat läge', en: 'Desired state' },
] as const;
export type AnalysisTextKind = (typeof analysisTextKinds)[number]['id'];
export const analysisTextKindIds = analysisTextKinds.map((k) => k.id) as [
  AnalysisTextKind,
  ...AnalysisTextKind[],
];

/** The kinds written as analyses with sources; the two states are shorter texts beside. */
export const sourcedTextKinds: readonly AnalysisTextKind[] = ['external', 'current', 'other'];

export interface AnalysisSource {
  id: string;
  textId: string;
  title: string;
  publisher: string;
  year: number | null;
  /** A URL or a file reference (e.g. "G:\\Näringsliv\\Rapporter\\handelsrapport.pdf"). */
  reference: string;
  note: string;
  createdAt: string;
}

export interface AnalysisText {
  /** null while nothing has been saved for this kind. */
  id: string | null;
  programmeId: string;
  kind: AnalysisTextKind;
  title: string;
  body: string;
  /** When it was last saved, null while never saved. */
  updatedAt: string | null;
  sources: AnalysisSource[];
}

export interface FocusAreaStates {
  id: string;
  name: string;
  currentState: string;
  desiredState: string;
}

export interface AnalysisTexts {
  programmeId: string;
  texts: AnalysisText[];
  /** The focus areas' own nuläge and önskat läge, shown read-only beside the programme's. */
  focusAreas: FocusAreaStates[];
}

/** True when the URL can be opened (http, https or mailto); other references are shown as text. */
export function isOpenableReference(reference: string): boolean {
  return /^(https?:\/\/|mailto:)\S+$/i.test(reference.trim());
}
