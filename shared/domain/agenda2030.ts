// Runs in: everywhere. The 17 global goals of Agenda 2030 (Globala målen, P18) with the short
// names the Swedish government and FN-förbundet use, so focus areas and goals can be tagged.

export const globalGoals = [
  { number: 1, sv: 'Ingen fattigdom', en: 'No poverty' },
  { number: 2, sv: 'Ingen hunger', en: 'Zero hunger' },
  { number: 3, sv: 'Hälsa och välbefinnande', en: 'Good health and well-being' },
  { number: 4, sv: 'God utbildning för alla', en: 'Quality education' },
  { number: 5, sv: 'Jämställdhet', en: 'Gender equality' },
  { number: 6, sv: 'Rent vatten och sanitet för alla', en: 'Clean water and sanitation' },
  { number: 7, sv: 'Hållbar energi för alla', en: 'Affordable and clean energy' },
  {
    number: 8,
    sv: 'Anständiga arbetsvillkor och ekonomisk tillväxt',
    en: 'Decent work and economic growth',
  },
  {
    number: 9,
    sv: 'Hållbar industri, innovationer och infrastruktur',
    en: 'Industry, innovation and infrastructure',
  },
  { number: 10, sv: 'Minskad ojämlikhet', en: 'Reduced inequalities' },
  { number: 11, sv: 'Hållbara städer och samhällen', en: 'Sustainable cities and communities' },
  {
    number: 12,
    sv: 'Hållbar konsumtion och produktion',
    en: 'Responsible consumption and production',
  },
  { number: 13, sv: 'Bekämpa klimatförändringarna', en: 'Climate action' },
  { number: 14, sv: 'Hav och marina resurser', en: 'Life below water' },
  { number: 15, sv: 'Ekosystem och biologisk mångfald', en: 'Life on land' },
  {
    number: 16,
    sv: 'Fredliga och inkluderande samhällen',
    en: 'Peace, justice and strong institutions',
  },
  { number: 17, sv: 'Genomförande och globalt partnerskap', en: 'Partnerships for the goals' },
] as const;

export type GlobalGoalNumber = (typeof globalGoals)[number]['number'];

export const globalGoalNumbers = globalGoals.map((g) => g.number) as readonly GlobalGoalNumber[];

const byNumber = new Map<number, (typeof globalGoals)[number]>(
  globalGoals.map((g) => [g.number, g]),
);

/** The goal with `number`, or undefined for a number outside 1–17 (e.g. from an old file). */
export const globalGoal = (number: number) => byNumber.get(number);

/** Sorted, unique numbers within 1–17: what is stored for a tag list. */
export function normaliseGlobalGoals(numbers: readonly number[]): GlobalGoalNumber[] {
  return [...new Set(numbers)]
    .filter((n): n is GlobalGoalNumber => byNumber.has(n))
    .sort((a, b) => a - b);
}
