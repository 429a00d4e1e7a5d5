// Runs in: vitest (Node). Small companies-and-visits data sets, written with plain SQL.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { setSetting } from '../../../electron/core/settings';
import type { ExportOptions } from '../../../electron/core/export/types';

export interface SeedVisit {
  company: string;
  industry?: string | null;
  sni?: string | null;
  locality?: string | null;
  date: string;
  purpose?: string;
  notes?: string;
  topics?: string[];
  obstacles?: string[];
  followUpNeeded?: boolean;
  followUpNote?: string;
  followUpDone?: boolean;
  satisfaction?: number | null;
  confidential?: boolean;
  participants?: string[];
}

const T = '2027-01-01T00:00:00.000Z';

/** Inserts the visits (and their companies, one per distinct name); returns visit ids in order. */
export function seedVisits(db: Database, visits: readonly SeedVisit[]): string[] {
  const companies = new Map<string, string>();
  const ids: string[] = [];
  db.transaction(() => {
    for (const v of visits) {
      let companyId = companies.get(v.company);
      if (!companyId) {
        companyId = randomUUID();
        companies.set(v.company, companyId);
        db.prepare(
          `INSERT INTO companies (id, name, industry, sni_code, locality, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(companyId, v.company, v.industry ?? null, v.sni ?? null, v.locality ?? null, T, T);
      }
      const id = randomUUID();
      ids.push(id);
      db.prepare(
        `INSERT INTO visits (id, company_id, visit_date, locality, purpose, notes, our_participants,
           follow_up_needed, follow_up_note, follow_up_done, satisfaction, confidential, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        companyId,
        v.date,
        v.locality ?? null,
        v.purpose ?? '',
        v.notes ?? '',
        'Näringslivsutvecklaren',
        v.followUpNeeded ? 1 : 0,
        v.followUpNote ?? '',
        v.followUpDone ? 1 : 0,
        v.satisfaction ?? null,
        v.confidential ? 1 : 0,
        T,
        T,
      );
      for (const topic of v.topics ?? []) {
        db.prepare('INSERT INTO visit_topics (visit_id, topic, created_at) VALUES (?, ?, ?)').run(
          id,
          topic,
          T,
        );
      }
      for (const text of v.obstacles ?? []) {
        db.prepare(
          'INSERT INTO visit_obstacles (id, visit_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        ).run(randomUUID(), id, text, T, T);
      }
      for (const name of v.participants ?? []) {
        db.prepare(
          'INSERT INTO visit_participants (id, visit_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        ).run(randomUUID(), id, name, T, T);
      }
    }
  })();
  return ids;
}

export function seedSettings(db: Database): void {
  setSetting(db, 'municipality', 'Åsälva kommun');
  setSetting(db, 'unit', 'Näringslivsenheten');
  setSetting(db, 'officerName', 'Örjan Ågren');
  setSetting(db, 'officerTitle', 'Näringslivsutvecklare');
  db.prepare(
    `INSERT INTO localities (id, name, created_at, updated_at) VALUES
     ('l1', 'Åsälva', ?, ?), ('l2', 'Björkfors', ?, ?), ('l3', 'Östby', ?, ?)`,
  ).run(T, T, T, T, T, T);
}

/** A small period with every kind of content, one confidential visit among them. */
export const sampleVisits: SeedVisit[] = [
  {
    company: 'Åsälva Snickeri AB',
    industry: 'Trävaruindustri',
    sni: '16230',
    locality: 'Åsälva',
    date: '2027-02-03',
    purpose: 'Uppföljning av expansionsplaner',
    notes: 'Vill bygga ut lagret.\nBehöver 2 000 m² mark nära E45.\n\nÖnskar kontakt med bygglov.',
    topics: ['lokaler_mark', 'expansion'],
    obstacles: ['Långa handläggningstider för bygglov'],
    followUpNeeded: true,
    followUpNote: 'Möte bokat med bygglovsenheten',
    followUpDone: true,
    satisfaction: 5,
    participants: ['Anna Andersson'],
  },
  {
    company: 'Björkfors Mekaniska',
    industry: 'Verkstadsindustri',
    locality: 'Björkfors',
    date: '2027-03-14',
    purpose: 'Kompetensförsörjning',
    notes: 'Svårt att rekrytera svetsare.',
    topics: ['kompetensforsorjning', 'Egen fråga om pendling'],
    obstacles: ['Brist på svetsare', 'Dålig kollektivtrafik till industriområdet'],
    followUpNeeded: true,
    followUpNote: 'Kontakt med vuxenutbildningen',
    satisfaction: 4,
  },
  {
    company: 'Hemliga Innovationer AB',
    industry: 'Verkstadsindustri',
    locality: 'Åsälva',
    date: '2027-04-01',
    purpose: 'HEMLIGT SYFTE',
    notes: 'HEMLIG ANTECKNING om ny produkt',
    topics: ['expansion'],
    obstacles: ['HEMLIGT HINDER'],
    followUpNeeded: true,
    followUpNote: 'HEMLIG UPPFÖLJNING',
    confidential: true,
    satisfaction: 3,
  },
];

export function testOptions(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return {
    internal: false,
    draft: false,
    date: '2027-05-02',
    letterhead: {
      municipality: 'Åsälva kommun',
      unit: 'Näringslivsenheten',
      officerName: 'Örjan Ågren',
      officerTitle: 'Näringslivsutvecklare',
      officerPhone: '0123-456 78',
      officerEmail: 'orjan.agren@asalva.se',
      dnr: 'KS 2027/42',
      logoPng: null,
    },
    template: null,
    ...overrides,
  };
}
