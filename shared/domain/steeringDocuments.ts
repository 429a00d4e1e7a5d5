// Runs in: everywhere. The steering documents register (S06) with the focus areas' links to it,
// and the policy check (S07): every document checked yes/no, when, and conflicts noted.

export const steeringDocumentKinds = [
  { id: 'vision', sv: 'Vision', en: 'Vision' },
  { id: 'comprehensive_plan', sv: 'Översiktsplan', en: 'Comprehensive plan' },
  {
    id: 'regional_strategy',
    sv: 'Regional utvecklingsstrategi',
    en: 'Regional development strategy',
  },
  { id: 'policy', sv: 'Policy', en: 'Policy' },
  { id: 'programme', sv: 'Program', en: 'Programme' },
  { id: 'other', sv: 'Annat', en: 'Other' },
] as const;
export type SteeringDocumentKind = (typeof steeringDocumentKinds)[number]['id'];
export const steeringDocumentKindIds = steeringDocumentKinds.map((k) => k.id) as [
  SteeringDocumentKind,
  ...SteeringDocumentKind[],
];

export interface SteeringDocumentLink {
  focusAreaId: string;
  focusAreaName: string;
  note: string;
}

export interface SteeringDocument {
  id: string;
  programmeId: string;
  title: string;
  kind: SteeringDocumentKind;
  owner: string;
  adoptedDate: string | null;
  validUntil: string | null;
  reference: string;
  note: string;
  checked: boolean;
  checkedDate: string | null;
  conflict: boolean;
  conflictNote: string;
  /** The focus areas that build on the document. */
  focusAreas: SteeringDocumentLink[];
  createdAt: string;
  updatedAt: string;
}

export interface PolicyCheckSummary {
  total: number;
  checked: number;
  unchecked: number;
  conflicts: number;
}

export interface SteeringRegister {
  programmeId: string;
  documents: SteeringDocument[];
  summary: PolicyCheckSummary;
}

/** The documents a focus area builds on, and the others of the programme it could link. */
export interface FocusAreaSteering {
  focusAreaId: string;
  linked: { id: string; title: string; kind: SteeringDocumentKind; note: string }[];
  available: { id: string; title: string; kind: SteeringDocumentKind }[];
}

export function policyCheckSummary(
  documents: readonly { checked: boolean; conflict: boolean }[],
): PolicyCheckSummary {
  const checked = documents.filter((d) => d.checked).length;
  return {
    total: documents.length,
    checked,
    unchecked: documents.length - checked,
    conflicts: documents.filter((d) => d.conflict).length,
  };
}

/** A document past its "valid until" date on `today` (YYYY-MM-DD). */
export function isExpired(doc: { validUntil: string | null }, today: string): boolean {
  return doc.validUntil !== null && doc.validUntil < today;
}
