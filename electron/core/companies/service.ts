// Runs in: main process / Node. Rules of the company register: org. number check, uniqueness, contacts.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { companyInput } from '../../../shared/contract/companies';
import type { Company } from '../../../shared/domain/companies';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { checkOrgNumber, invalidOrgNumberMessage } from './orgNumber';
import {
  insertCompany,
  replaceContacts,
  selectByOrgNumber,
  selectCompany,
  selectCompanyRow,
  selectLiveStakeholderIds,
  softDeleteCompany,
  updateCompanyFields,
  type CompanyFields,
} from './queries';

export type CompanyInputData = z.output<typeof companyInput>;

const orNull = (s: string): string | null => (s === '' ? null : s);

export const companyNotFound = (): AppFailure =>
  new AppFailure('NOT_FOUND', {
    sv: 'Företaget finns inte längre. Det kan ha tagits bort.',
    en: 'The company no longer exists. It may have been deleted.',
  });

/** Checks the input and turns it into stored fields; throws VALIDATION with field messages. */
function toFields(input: CompanyInputData): CompanyFields {
  const org = checkOrgNumber(input.orgNumber);
  if (!org.valid) {
    const message = invalidOrgNumberMessage(input.orgNumber);
    throw new AppFailure('VALIDATION', message, { orgNumber: message.sv });
  }
  return {
    name: input.name,
    orgNumber: org.value,
    sniCode: orNull(input.sniCode),
    industry: orNull(input.industry),
    sizeClass: orNull(input.sizeClass),
    locality: orNull(input.locality),
    address: orNull(input.address),
    postalCode: orNull(input.postalCode),
    city: orNull(input.city),
    website: orNull(input.website),
    phone: orNull(input.phone),
    email: orNull(input.email),
    notes: input.notes,
  };
}

/** The unique index also covers the trash, so the message says where the holder is. */
function assertOrgNumberFree(db: Database, orgNumber: string | null, selfId: string | null): void {
  if (orgNumber === null) return;
  const holder = selectByOrgNumber(db, orgNumber);
  if (!holder || holder.id === selfId) return;
  const inTrash = holder.deletedAt !== null;
  const detail = {
    sv:
      `Organisationsnumret ${orgNumber} finns redan för företaget ”${holder.name}”` +
      (inTrash ? ', som ligger i papperskorgen. Återställ det i stället.' : '.'),
    en:
      `The organisation number ${orgNumber} is already used by the company "${holder.name}"` +
      (inTrash ? ', which is in the trash. Restore it instead.' : '.'),
  };
  throw new AppFailure('CONFLICT', detail, { orgNumber: detail.sv });
}

function assertContactsExist(db: Database, ids: string[]): void {
  const live = new Set(selectLiveStakeholderIds(db, ids));
  if (ids.some((id) => !live.has(id))) {
    const detail = {
      sv: 'En eller flera av de valda kontaktpersonerna finns inte längre.',
      en: 'One or more of the chosen contacts no longer exist.',
    };
    throw new AppFailure('VALIDATION', detail, { contactIds: detail.sv });
  }
}

export function createCompany(db: Database, input: CompanyInputData): Company {
  const fields = toFields(input);
  const contactIds = [...new Set(input.contactIds)];
  const id = newId();
  db.transaction(() => {
    assertOrgNumberFree(db, fields.orgNumber, null);
    assertContactsExist(db, contactIds);
    const now = nowIso();
    insertCompany(db, id, fields, now);
    replaceContacts(db, id, contactIds, now);
  })();
  return selectCompany(db, id)!;
}

export function updateCompany(db: Database, input: CompanyInputData & { id: string }): Company {
  const fields = toFields(input);
  const contactIds = [...new Set(input.contactIds)];
  db.transaction(() => {
    if (selectCompanyRow(db, input.id)?.deleted_at !== null) throw companyNotFound();
    assertOrgNumberFree(db, fields.orgNumber, input.id);
    assertContactsExist(db, contactIds);
    const now = nowIso();
    updateCompanyFields(db, input.id, fields, now);
    replaceContacts(db, input.id, contactIds, now);
    // A visit is found in the search by its company's name: index its visits under the new one.
    db.prepare(
      'UPDATE visits SET updated_at = updated_at WHERE company_id = ? AND deleted_at IS NULL',
    ).run(input.id);
  })();
  return selectCompany(db, input.id)!;
}

/**
 * Moves the company and its visits to the trash with the same deleted_at, so lists and counts no
 * longer show them and a restore of the company brings them all back together.
 */
export function deleteCompany(db: Database, id: string): { id: string } {
  db.transaction(() => {
    const now = nowIso();
    if (softDeleteCompany(db, id, now) === 0) throw companyNotFound();
    db.prepare(
      'UPDATE visits SET deleted_at = ?, updated_at = ? WHERE company_id = ? AND deleted_at IS NULL',
    ).run(now, now, id);
  })();
  return { id };
}
