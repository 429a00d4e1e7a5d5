// Runs in: everywhere. Company register types.

export const sizeClasses = [
  { id: '0', sv: 'Inga anställda', en: 'No employees' },
  { id: '1-4', sv: '1–4 anställda', en: '1–4 employees' },
  { id: '5-9', sv: '5–9 anställda', en: '5–9 employees' },
  { id: '10-49', sv: '10–49 anställda', en: '10–49 employees' },
  { id: '50-249', sv: '50–249 anställda', en: '50–249 employees' },
  { id: '250+', sv: '250 anställda eller fler', en: '250 employees or more' },
] as const;
export type SizeClass = (typeof sizeClasses)[number]['id'];

export interface CompanyRow {
  id: string;
  name: string;
  orgNumber: string | null;
  industry: string | null;
  sniCode: string | null;
  locality: string | null;
  sizeClass: string | null;
  visitCount: number;
  lastVisit: string | null;
}

export interface Company {
  id: string;
  name: string;
  orgNumber: string | null;
  sniCode: string | null;
  industry: string | null;
  sizeClass: string | null;
  locality: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  notes: string;
  contacts: { id: string; name: string; roleTitle: string | null }[];
  createdAt: string;
  updatedAt: string;
}

export interface CompanyLookup {
  id: string;
  name: string;
  orgNumber: string | null;
  locality: string | null;
}
