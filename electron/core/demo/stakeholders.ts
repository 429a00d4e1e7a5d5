// Runs in: main process / Node. Made-up stakeholders (aktörer): every actor category, company
// contacts, key actors and champions.
import { actorCategoryIds, type ActorCategory } from '../../../shared/domain/actorCategories';
import type { DemoCompany } from './companies';
import { firstNames, surnames } from './data/people';
import { centralPlace, demoPlaces, fictionPhone, placeGenitive } from './data/places';
import {
  companyRoles,
  coreStakeholders,
  fillerRoles,
  purposeByCategory,
  schools,
  type StakeholderTemplate,
} from './data/stakeholders';
import { addDays, timestampAt } from './dates';
import type { Random } from './random';
import { fill, slug } from './text';

export interface DemoStakeholder {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  organisation: string | null;
  roleTitle: string | null;
  phone: string | null;
  email: string | null;
  locality: string;
  notes: string;
  keyActor: boolean;
  champion: boolean;
  purpose: string;
  companyId: string | null;
  categories: ActorCategory[];
  createdAt: string;
}

const municipalDomain = 'exempelkommun.se';
const placeNames = demoPlaces.map((p) => p.name);
const placeWeights = demoPlaces.map((p) => [p.name, p.weight] as const);
const fillerCategories = actorCategoryIds.filter((c) => c !== 'sme') as Exclude<
  ActorCategory,
  'sme'
>[];

function emailDomain(organisation: string): string {
  if (organisation === 'Exempelkommun') return municipalDomain;
  return `${slug(organisation.replace(/ (AB|HB|KB)$/, ''))}.se`;
}

function fromTemplate(
  rng: Random,
  ids: Random,
  t: StakeholderTemplate,
  createdAt: string,
): DemoStakeholder {
  const isOrg = t.kind === 'organisation';
  const first = rng.pick(firstNames);
  const last = rng.pick(surnames);
  return {
    id: ids.uuid(),
    kind: isOrg ? 'organisation' : 'person',
    name: isOrg ? t.organisation : `${first} ${last}`,
    organisation: isOrg ? null : t.organisation,
    roleTitle: isOrg ? null : t.role,
    phone: rng.chance(0.85) ? fictionPhone.mobile(rng.int(0, 94)) : null,
    email: isOrg
      ? `info@${emailDomain(t.organisation)}`
      : `${slug(first)}.${slug(last)}@${emailDomain(t.organisation)}`,
    locality: t.locality ?? centralPlace,
    notes: t.notes ?? '',
    keyActor: t.keyActor ?? false,
    champion: t.champion ?? false,
    purpose: purposeByCategory[t.categories[0]!],
    companyId: null,
    categories: [...t.categories],
    createdAt,
  };
}

export function makeStakeholders(
  rng: Random,
  ids: Random,
  count: number,
  companies: readonly DemoCompany[],
  firstDay: number,
  /** For 'demo': the share of the rest that are company contacts (the rest fill other categories). */
  contactShare: number,
): DemoStakeholder[] {
  const created = () =>
    timestampAt(addDays(firstDay, rng.int(0, 120)), rng.int(8, 16), rng.int(0, 59));
  const result: DemoStakeholder[] = [];
  for (const t of coreStakeholders) {
    if (result.length >= count) break;
    result.push(fromTemplate(rng, ids, t, created()));
  }
  const rest = count - result.length;
  const contacts = Math.round(rest * contactShare);
  // Bigger companies first: those are the ones an officer knows by name.
  const withStaff = companies.filter((c) => c.sizeClass !== '0');
  const contactCompanies = rng.sample(
    withStaff.length >= contacts ? withStaff : companies,
    contacts,
  );
  for (let i = 0; i < rest; i++) {
    const company = contactCompanies[i];
    if (company) {
      const first = rng.pick(firstNames);
      const last = rng.pick(surnames);
      const categories: ActorCategory[] = rng.chance(0.1) ? ['sme', 'business_network'] : ['sme'];
      result.push({
        id: ids.uuid(),
        kind: 'person',
        name: `${first} ${last}`,
        organisation: company.name,
        roleTitle: rng.weighted(companyRoles),
        phone: rng.chance(0.8) ? fictionPhone.mobile(rng.int(0, 94)) : null,
        email: company.email ? `${slug(first)}@${company.email.split('@')[1]}` : null,
        locality: company.locality,
        notes: '',
        keyActor: rng.chance(0.08),
        champion: rng.chance(0.04),
        purpose: purposeByCategory.sme,
        companyId: company.id,
        categories,
        createdAt: created(),
      });
      continue;
    }
    const category = rng.pick(fillerCategories);
    const [role, orgTemplate] = rng.pick(fillerRoles[category]);
    const locality = rng.weighted(placeWeights);
    const organisation = fill(orgTemplate, {
      ort: locality,
      orts: placeGenitive(locality),
      skola: rng.pick(schools),
    });
    result.push(
      fromTemplate(
        rng,
        ids,
        {
          categories: [category],
          role,
          organisation,
          locality: orgTemplate.includes('{ort') ? locality : rng.pick(placeNames),
          keyActor: rng.chance(0.04),
          champion: rng.chance(0.02),
        },
        created(),
      ),
    );
  }
  return result;
}
