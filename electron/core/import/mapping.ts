// Runs in: main process / Node. Suggests which register field each column of an import file fills.
import type { ImportField } from '../../../shared/contract/companies';

/** Column names seen in Swedish and English company lists, in normalised form (see `normalise`). */
const synonyms: Record<ImportField, string[]> = {
  name: [
    'foretagsnamn',
    'namn',
    'foretag',
    'foretagetsnamn',
    'firma',
    'firmanamn',
    'bolag',
    'bolagsnamn',
    'organisationsnamn',
    'name',
    'company',
    'companyname',
    'businessname',
  ],
  orgNumber: [
    'organisationsnummer',
    'orgnr',
    'orgnummer',
    'organisationsnr',
    'orgno',
    'orgnumber',
    'organisationnumber',
    'organizationnumber',
    'corporateid',
    'companynumber',
    'regnr',
  ],
  sniCode: ['sni', 'snikod', 'sninr', 'sninummer', 'sni2007', 'snicode', 'nacecode', 'nace'],
  industry: ['bransch', 'branschbeskrivning', 'verksamhet', 'naringsgren', 'industry', 'sector'],
  sizeClass: [
    'storleksklass',
    'antalanstallda',
    'anstallda',
    'storlek',
    'sizeclass',
    'size',
    'employees',
    'numberofemployees',
  ],
  locality: ['ort', 'tatort', 'by', 'ortby', 'kommundel', 'locality', 'place', 'village'],
  address: [
    'adress',
    'gatuadress',
    'besoksadress',
    'utdelningsadress',
    'postadress',
    'address',
    'streetaddress',
    'visitingaddress',
  ],
  postalCode: ['postnummer', 'postnr', 'postalcode', 'zip', 'zipcode', 'postcode'],
  city: ['postort', 'city', 'town'],
  website: [
    'webb',
    'hemsida',
    'webbplats',
    'webbadress',
    'website',
    'web',
    'url',
    'www',
    'homepage',
  ],
  phone: ['telefon', 'tel', 'telnr', 'telefonnummer', 'mobil', 'mobilnummer', 'phone', 'telephone'],
  email: ['epost', 'epostadress', 'mejl', 'mejladress', 'mail', 'email', 'emailaddress'],
  notes: [
    'anteckningar',
    'anteckning',
    'kommentar',
    'kommentarer',
    'ovrigt',
    'notes',
    'note',
    'comment',
    'comments',
  ],
};

const byName = new Map<string, ImportField>(
  Object.entries(synonyms).flatMap(([field, names]) =>
    names.map((n) => [n, field as ImportField] as const),
  ),
);

const longestFirst = [...byName]
  .filter(([name]) => name.length >= 5)
  .sort((a, b) => b[0].length - a[0].length);

/** "Org.nr", "ORG NR" and "orgnr" compare equal; so do "Företag" and "Foretag". */
export function normalise(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function fieldFor(header: string): ImportField | '' {
  const key = normalise(header);
  const exact = byName.get(key);
  if (exact) return exact;
  // "Organisationsnummer (10 siffror)", "Telefon växel": a long synonym at the start is enough.
  for (const [name, field] of longestFirst) {
    if (key.startsWith(name)) return field;
  }
  return '';
}

/** header → field; each field is suggested for its first matching column only ('' = ignore). */
export function suggestMapping(headers: string[]): Record<string, ImportField | ''> {
  const taken = new Set<ImportField>();
  const mapping: Record<string, ImportField | ''> = {};
  for (const header of headers) {
    const field = fieldFor(header);
    mapping[header] = field !== '' && !taken.has(field) ? field : '';
    if (field !== '') taken.add(field);
  }
  return mapping;
}
