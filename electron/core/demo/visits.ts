// Runs in: main process / Node. Made-up company visits with notes, topics, obstacles and follow-ups.
import { visitTopics, type VisitTopicId } from '../../../shared/domain/visitTopics';
import type { DemoCompany } from './companies';
import {
  closings,
  followUpsByTopic,
  genericContacts,
  obstaclesByTopic,
  openings,
  topicSentences,
  visitPurposes,
} from './data/visitTexts';
import { addDays, formatDay, monthOf, timestampAt, weekday } from './dates';
import type { Random } from './random';
import type { DemoStakeholder } from './stakeholders';
import { capitaliseSentences, fill } from './text';

export interface DemoVisit {
  id: string;
  companyId: string;
  visitDate: string;
  locality: string;
  purpose: string;
  notes: string;
  ourParticipants: string;
  followUpNeeded: boolean;
  followUpNote: string;
  followUpDone: boolean;
  satisfaction: number | null;
  confidential: boolean;
  topics: VisitTopicId[];
  obstacles: { id: string; text: string }[];
  participants: { id: string; stakeholderId: string; name: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface VisitOptions {
  count: number;
  today: number;
  days: number;
  officerName: string;
  /** Places that get no visits (the coverage view's gaps). */
  unreached: readonly string[];
}

const topicIds = visitTopics.map((t) => t.id);
/** Who from outside the company comes along: politicians, officials, regional partners. */
const companionCategories = new Set([
  'politician',
  'municipal_official',
  'regional',
  'employment_service',
  'business_org',
]);
const satisfactionWeights = [
  [1, 3],
  [2, 7],
  [3, 20],
  [4, 40],
  [5, 30],
] as const;

/** A weekday in the last `days` days; July is quiet, as in any Swedish municipality. */
function visitDay(rng: Random, today: number, days: number): number {
  for (;;) {
    let day = addDays(today, -rng.int(1, days));
    const dow = weekday(day);
    if (dow === 6) day = addDays(day, -1);
    if (dow === 0) day = addDays(day, -2);
    if (monthOf(day) === 7 && rng.chance(0.75)) continue;
    return day;
  }
}

function numbers(rng: Random): Record<string, number> {
  return {
    n: rng.int(2, 8),
    m2: rng.int(4, 40) * 50,
    mkr: rng.int(2, 40),
    p: rng.int(5, 45),
    ålder: rng.int(58, 71),
  };
}

const staffRanges: Record<string, readonly [number, number]> = {
  '1-4': [1, 4],
  '5-9': [5, 9],
  '10-49': [10, 49],
  '50-249': [50, 249],
  '250+': [250, 400],
};

function staff(rng: Random, sizeClass: string): string {
  const range = staffRanges[sizeClass];
  if (!range) return 'inga anställda utöver ägaren';
  const n = rng.int(range[0], range[1]);
  return n === 1 ? 'en anställd' : `${n} anställda`;
}

function visitNotes(
  rng: Random,
  company: DemoCompany,
  contact: string,
  topics: readonly VisitTopicId[],
): string {
  const values = {
    företag: company.name,
    ort: company.locality,
    kontakt: contact,
    anställda: staff(rng, company.sizeClass),
    ...numbers(rng),
  };
  const parts = [rng.pick(openings)];
  for (const topic of topics) parts.push(...rng.sample(topicSentences[topic], rng.int(1, 2)));
  if (rng.chance(0.7)) parts.push(rng.pick(closings));
  const paragraphs = [parts.slice(0, 2).join(' '), parts.slice(2).join(' ')].filter(Boolean);
  return capitaliseSentences(fill(paragraphs.join('\n\n'), values));
}

export function makeVisits(
  rng: Random,
  ids: Random,
  companies: readonly DemoCompany[],
  stakeholders: readonly DemoStakeholder[],
  options: VisitOptions,
): DemoVisit[] {
  const unreached = new Set(options.unreached);
  const eligible = companies.filter((c) => !unreached.has(c.locality));
  const contactsByCompany = new Map<string, DemoStakeholder[]>();
  for (const s of stakeholders) {
    if (!s.companyId) continue;
    const list = contactsByCompany.get(s.companyId) ?? [];
    list.push(s);
    contactsByCompany.set(s.companyId, list);
  }
  const withContacts = eligible.filter((c) => contactsByCompany.has(c.id));
  const companions = stakeholders.filter(
    (s) => s.kind === 'person' && s.categories.some((c) => companionCategories.has(c)),
  );

  const visits: DemoVisit[] = [];
  for (let i = 0; i < options.count; i++) {
    const day = visitDay(rng, options.today, options.days);
    const company =
      withContacts.length > 0 && rng.chance(0.5) ? rng.pick(withContacts) : rng.pick(eligible);
    const contact = contactsByCompany.get(company.id)?.[0] ?? null;
    const topics = rng.sample(
      topicIds,
      rng.weighted([
        [1, 25],
        [2, 40],
        [3, 25],
        [4, 10],
      ] as const),
    );
    const createdAt = timestampAt(day, rng.int(13, 17), rng.int(0, 59));

    const obstacles: DemoVisit['obstacles'] = [];
    if (rng.chance(0.35)) {
      const pool = [...new Set(topics.flatMap((t) => obstaclesByTopic[t]))];
      for (const text of rng.sample(pool, rng.int(1, 2))) obstacles.push({ id: ids.uuid(), text });
    }

    const participants: DemoVisit['participants'] = [];
    if (contact)
      participants.push({ id: ids.uuid(), stakeholderId: contact.id, name: contact.name });
    if (companions.length > 0 && (participants.length === 0 || rng.chance(0.3))) {
      const companion = rng.pick(companions);
      participants.push({ id: ids.uuid(), stakeholderId: companion.id, name: companion.name });
    }

    const followUpNeeded = rng.chance(0.4);
    const ageDays = Math.round((options.today - day) / 86_400_000);
    const followUpDone = followUpNeeded && rng.chance(ageDays > 60 ? 0.75 : 0.25);
    const doneDay = addDays(day, Math.min(ageDays, rng.int(3, 45)));

    visits.push({
      id: ids.uuid(),
      companyId: company.id,
      visitDate: formatDay(day),
      locality: company.locality,
      purpose: rng.pick(visitPurposes),
      notes: visitNotes(rng, company, contact?.name ?? rng.pick(genericContacts), topics),
      ourParticipants: options.officerName,
      followUpNeeded,
      followUpNote: followUpNeeded
        ? fill(rng.pick(followUpsByTopic[topics[0]!]), { ort: company.locality })
        : '',
      followUpDone,
      satisfaction: rng.chance(0.15) ? null : rng.weighted(satisfactionWeights),
      confidential: rng.chance(0.1),
      topics,
      obstacles,
      participants,
      createdAt,
      updatedAt: followUpDone ? timestampAt(doneDay, rng.int(8, 16), rng.int(0, 59)) : createdAt,
    });
  }
  return visits.sort(
    (a, b) => a.visitDate.localeCompare(b.visitDate) || a.createdAt.localeCompare(b.createdAt),
  );
}
