// Runs in: everywhere. Stakeholder (aktör) types.
import type { ActorCategory } from './actorCategories';

/** Legal bases for personal data (GDPR art. 6(1)); a municipality normally acts under public task. */
export const legalBases = [
  {
    id: 'public_task',
    sv: 'Allmänt intresse / myndighetsutövning (art. 6.1 e)',
    en: 'Public task (art. 6(1)(e))',
  },
  { id: 'consent', sv: 'Samtycke (art. 6.1 a)', en: 'Consent (art. 6(1)(a))' },
  {
    id: 'legitimate_interest',
    sv: 'Berättigat intresse (art. 6.1 f)',
    en: 'Legitimate interest (art. 6(1)(f))',
  },
  {
    id: 'legal_obligation',
    sv: 'Rättslig förpliktelse (art. 6.1 c)',
    en: 'Legal obligation (art. 6(1)(c))',
  },
] as const;
export type LegalBasis = (typeof legalBases)[number]['id'];

export type StakeholderKind = 'person' | 'organisation';

export interface StakeholderRow {
  id: string;
  kind: StakeholderKind;
  name: string;
  organisation: string | null;
  roleTitle: string | null;
  locality: string | null;
  categories: ActorCategory[];
  keyActor: boolean;
  champion: boolean;
}

export interface Stakeholder extends StakeholderRow {
  phone: string | null;
  email: string | null;
  notes: string;
  legalBasis: LegalBasis;
  purpose: string;
  companyId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StakeholderLookup {
  id: string;
  name: string;
  organisation: string | null;
}
