// Runs in: main process / Node. Made-up companies of the example municipality.
import {
  companyNamePrefixes,
  companyNotes,
  demoIndustries,
  sizeClassWeights,
} from './data/industries';
import { firstNames, surnames } from './data/people';
import { demoPlaces, fictionPhone, placeGenitive, streets } from './data/places';
import { addDays, timestampAt } from './dates';
import { makeOrgNumber, type LegalForm } from './orgNumber';
import type { Random } from './random';
import { genitive, slug } from './text';

export interface DemoCompany {
  id: string;
  name: string;
  orgNumber: string;
  sniCode: string;
  industry: string;
  sizeClass: string;
  locality: string;
  address: string;
  postalCode: string;
  city: string;
  website: string | null;
  phone: string | null;
  email: string | null;
  notes: string;
  createdAt: string;
}

const legalSuffix: Record<LegalForm, string> = {
  AB: 'AB',
  HB: 'HB',
  KB: 'KB',
  'ek. för.': 'ekonomisk förening',
};

const industryWeights = demoIndustries.map((i) => [i, i.weight] as const);
const placeWeights = demoPlaces.map((p) => [p, p.weight] as const);
const simpleWord = /^[A-ZÅÄÖ][a-zåäö]+$/;

function companyBaseName(rng: Random, word: string, place: string, form: LegalForm): string {
  const pattern = rng.int(0, 9);
  if (pattern <= 3) return `${genitive(rng.pick(surnames))} ${word}`;
  if (pattern <= 5) return `${placeGenitive(place)} ${word}`;
  if (pattern <= 7 && simpleWord.test(word)) {
    const prefix = rng.pick(companyNamePrefixes);
    const rest = word.toLowerCase();
    // "Tall" + "lanthandel" would read as a typo.
    if (!prefix.toLowerCase().endsWith(rest[0]!)) return `${prefix}${rest}`;
  }
  if (form === 'HB' || form === 'KB') {
    return `${rng.pick(surnames)} & ${rng.pick(surnames)} ${word}`;
  }
  return `${rng.pick(firstNames)} ${rng.pick(surnames)} ${word}`;
}

/** `firstDay` is the earliest day a company was registered in the app. */
export function makeCompanies(
  rng: Random,
  ids: Random,
  count: number,
  firstDay: number,
): DemoCompany[] {
  const used = new Set<string>();
  const companies: DemoCompany[] = [];
  for (let i = 0; i < count; i++) {
    const industry = rng.weighted(industryWeights);
    const place = rng.weighted(placeWeights);
    const form = rng.weighted(industry.forms);
    const base = companyBaseName(rng, rng.pick(industry.words), place.name, form);
    const name = `${base} ${legalSuffix[form]}`;
    const sizeClass = rng.weighted(sizeClassWeights);
    const domain = `${slug(base)}.se`;
    const hasStaff = sizeClass !== '0';
    const day = addDays(firstDay, rng.int(0, 120));
    companies.push({
      id: ids.uuid(),
      name,
      orgNumber: makeOrgNumber(rng, form, used),
      sniCode: industry.sni,
      industry: industry.label,
      sizeClass,
      locality: place.name,
      address: `${rng.pick(streets)} ${rng.int(1, 48)}`,
      postalCode: place.postalCode,
      city: place.name,
      website: hasStaff && rng.chance(0.5) ? `www.${domain}` : null,
      phone: rng.chance(0.6) ? fictionPhone.landline(rng.int(0, 99)) : null,
      email: rng.chance(hasStaff ? 0.6 : 0.3) ? `info@${domain}` : null,
      notes: rng.chance(0.15) ? rng.pick(companyNotes) : '',
      createdAt: timestampAt(day, rng.int(8, 16), rng.int(0, 59)),
    });
  }
  return companies;
}
