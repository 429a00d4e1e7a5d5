// Runs in: main process / Node. The data-built parts of the programme document's sections: focus
// areas, goals, actions, SWOT, Agenda 2030, roles, timeline, follow-up. Each writes into the
// BodyWriter and returns false when it had nothing to write (the section then asks to be filled).
import { globalGoal } from '../../../shared/domain/agenda2030';
import { actionStatuses } from '../../../shared/domain/actions';
import { horizons } from '../../../shared/domain/goals';
import type { BodyWriter, Cell } from '../export/blocks';
import type { DocAction, DocGoal, ProgrammeDocumentData } from '../export/data/programme';
import { shortDate } from '../export/dates';
import { decimal, listJoin } from '../export/text';

type Part = (w: BodyWriter, d: ProgrammeDocumentData) => boolean;

const value = (n: number | null, unit: string, date: string | null): string => {
  if (n === null) return '–';
  const v = `${decimal(n)}${unit ? ` ${unit}` : ''}`;
  return date ? `${v} (${shortDate(date)})` : v;
};

const horizonLabel = (h: string) => horizons.find((x) => x.id === h)?.sv ?? '';
const statusLabel = (s: string) => actionStatuses.find((x) => x.id === s)?.sv ?? s;
const goalName = (n: number) => {
  const g = globalGoal(n);
  return g ? `${n}. ${g.sv}` : String(n);
};

function goalTable(w: BodyWriter, goals: readonly DocGoal[]): void {
  // P04: short-term goals first, then the long-term ones.
  const sorted = [...goals].sort((a, b) =>
    a.horizon === b.horizon ? 0 : a.horizon === 'short' ? -1 : 1,
  );
  w.table(
    [
      { header: 'Mål', width: '32%' },
      { header: 'Mätetal', width: '20%' },
      { header: 'Utgångsläge', width: '16%' },
      { header: 'Målvärde', width: '16%' },
      { header: 'Sikt', width: '16%' },
    ],
    sorted.map((g): Cell[] => [
      g.text,
      g.indicatorName || '–',
      value(g.baselineValue, g.indicatorUnit, g.baselineDate),
      value(g.targetValue, g.indicatorUnit, g.targetDate),
      horizonLabel(g.horizon),
    ]),
  );
}

function actionTable(w: BodyWriter, actions: readonly DocAction[]): void {
  w.table(
    [
      { header: 'Aktivitet', width: '46%' },
      { header: 'Ansvarig', width: '22%' },
      { header: 'När', width: '18%' },
      { header: 'Status', width: '14%' },
    ],
    actions.map((a): Cell[] => [
      a.what,
      a.responsible || '–',
      [a.startDate, a.dueDate].filter(Boolean).join(' – ') || '–',
      statusLabel(a.status),
    ]),
  );
}

const visionPart: Part = (w, d) => {
  let wrote = false;
  if (d.programme.visionText.trim()) {
    w.runs([{ text: 'Kommunens vision: ', bold: true }, { text: d.programme.visionText.trim() }]);
    wrote = true;
  }
  const links = d.focusAreas.filter((a) => a.visionLink.trim());
  if (links.length > 0) {
    w.text('Så bidrar fokusområdena till visionen:', {}, true);
    w.bullets(links.map((a) => `${a.name}: ${a.visionLink.trim()}`));
    wrote = true;
  }
  const docs = d.other.steeringDocuments;
  if (docs.length > 0) {
    w.text('Styrdokument som programmet förhåller sig till:', {}, true);
    w.bullets(
      docs.map((doc) => {
        const about = [
          doc.kind,
          doc.owner,
          doc.adoptedDate ? `antaget ${shortDate(doc.adoptedDate)}` : '',
        ].filter(Boolean);
        return about.length > 0 ? `${doc.title} (${about.join(', ')})` : doc.title;
      }),
    );
    wrote = true;
  }
  return wrote;
};

const list = (items: readonly string[]) => items.map((i) => `• ${i}`).join('\n');

function statesAndStatistics(w: BodyWriter, d: ProgrammeDocumentData): boolean {
  const { stateNow, stateWanted, statistics } = d.other;
  if (stateNow.trim()) w.runs([{ text: 'Nuläge: ', bold: true }, { text: stateNow.trim() }]);
  if (stateWanted.trim())
    w.runs([{ text: 'Önskat läge: ', bold: true }, { text: stateWanted.trim() }]);
  if (statistics.length > 0) {
    w.text('Några nyckeltal (senaste år med värde):', {}, true);
    w.table(
      [
        { header: 'Nyckeltal', width: '46%' },
        { header: 'Värde', width: '27%' },
        { header: 'Jämförelse', width: '27%' },
      ],
      statistics.map((st): Cell[] => [
        st.name,
        `${decimal(st.value)}${st.unit ? ` ${st.unit}` : ''} (${st.year})`,
        st.comparison ? `${st.comparison.series}: ${decimal(st.comparison.value)}` : '–',
      ]),
    );
  }
  return stateNow.trim() !== '' || stateWanted.trim() !== '' || statistics.length > 0;
}

const swotPart: Part = (w, d) => {
  const wroteStates = statesAndStatistics(w, d);
  const { strength, weakness, opportunity, threat } = d.swot;
  if (strength.length + weakness.length + opportunity.length + threat.length === 0)
    return wroteStates;
  w.text('Sammanfattande SWOT-analys från företagsbesök, intervjuer och workshoppar:', {}, true);
  w.table(
    [
      { header: 'Styrkor', width: '50%' },
      { header: 'Svagheter', width: '50%' },
    ],
    [
      [list(strength) || '–', list(weakness) || '–'],
      [
        { text: 'Möjligheter', bold: true },
        { text: 'Hot', bold: true },
      ],
      [list(opportunity) || '–', list(threat) || '–'],
    ],
  );
  return true;
};

const weaknessPart: Part = (w, d) => {
  if (d.swot.weakness.length === 0) return false;
  w.text('Svagheter ur nulägesanalysen som programmet ska arbeta med:', {}, true);
  w.bullets(d.swot.weakness);
  return true;
};

const focusAreaPart: Part = (w, d) => {
  if (d.focusAreas.length === 0) return false;
  for (const a of d.focusAreas) {
    w.heading(3, `${a.priority}. ${a.name}`);
    const rows: [string, string][] = [
      ['Varför', a.why],
      ['Nuläge', a.currentState],
      ['Önskat läge', a.desiredState],
      ['Bygger på styrkor', a.swotStrengthNote],
      ['Ansvarig', a.responsibleName],
      ['Vid lågkonjunktur', a.downturnNote],
      ['Agenda 2030', listJoin(a.agenda2030.map(goalName))],
    ];
    const filled = rows.filter(([, v]) => v.trim());
    if (filled.length === 0) {
      w.missingSection(`beskrivning av fokusområdet ${a.name}`, 'Beskrivning saknas.');
      continue;
    }
    w.table(
      [
        { header: '', width: '26%' },
        { header: '', width: '74%' },
      ],
      filled.map(([label, text]) => [{ text: label, bold: true }, text]),
      { header: false },
    );
  }
  return true;
};

const goalsPart: Part = (w, d) => {
  const groups = d.focusAreas.filter((a) => a.goals.length > 0);
  if (groups.length === 0 && d.looseGoals.length === 0) return false;
  for (const a of groups) {
    w.heading(3, a.name);
    goalTable(w, a.goals);
  }
  if (d.looseGoals.length > 0) {
    w.heading(3, 'Övergripande mål');
    goalTable(w, d.looseGoals);
  }
  return true;
};

const stepsPart: Part = (w, d) => {
  const groups = d.focusAreas.filter((a) => a.actions.length > 0);
  if (groups.length === 0 && d.looseActions.length === 0) return false;
  w.note(
    'Hela handlingsplanen med varför, hur, resurser och samverkanspartner är ett eget dokument.',
  );
  for (const a of groups) {
    w.heading(3, a.name);
    actionTable(w, a.actions);
  }
  if (d.looseActions.length > 0) {
    w.heading(3, 'Övriga aktiviteter');
    actionTable(w, d.looseActions);
  }
  return true;
};

const sustainabilityPart: Part = (w, d) => {
  const byGoal = new Map<number, string[]>();
  const add = (n: number, what: string) => byGoal.set(n, [...(byGoal.get(n) ?? []), what]);
  for (const a of d.focusAreas) {
    for (const n of a.agenda2030) add(n, `Fokusområde: ${a.name}`);
    for (const g of a.goals) for (const n of g.agenda2030) add(n, `Mål: ${g.text}`);
  }
  for (const g of d.looseGoals) for (const n of g.agenda2030) add(n, `Mål: ${g.text}`);
  if (byGoal.size === 0) return false;
  w.text('Programmet bidrar till dessa globala mål i Agenda 2030:', {}, true);
  w.table(
    [
      { header: 'Globalt mål', width: '36%' },
      { header: 'Fokusområden och mål som bidrar', width: '64%' },
    ],
    [...byGoal.entries()]
      .sort(([a], [b]) => a - b)
      .map(([n, items]): Cell[] => [goalName(n), [...new Set(items)].join('\n')]),
  );
  return true;
};

const ORG = { municipality: 'Kommunen', other: 'Annan', both: 'Kommunen och andra' };

const rolesPart: Part = (w, d) => {
  const { rows, split } = d.roles;
  if (rows.length === 0) return false;
  const total = split.municipality + split.other;
  if (total > 0) {
    w.text(
      `Kommunen ansvarar för ${split.municipality} av handlingsplanens ${total} aktiviteter och andra organisationer för ${split.other}.`,
    );
  }
  w.table(
    [
      { header: 'Vem', width: '20%' },
      { header: 'Organisation', width: '20%' },
      { header: 'Kommunen eller annan', width: '14%' },
      { header: 'Ansvarar för', width: '33%' },
      { header: 'Bekräftad', width: '13%' },
    ],
    rows.map((r): Cell[] => [
      r.name,
      r.organisation || '–',
      ORG[r.orgKind],
      [
        ...r.actions.map((a) => a.what),
        ...r.groups.map((g) => `${g.role || 'Ledamot'} i ${g.name}`),
      ].join('\n'),
      r.confirmedDate ? shortDate(r.confirmedDate) : '–',
    ]),
  );
  return true;
};

const timelinePart: Part = (w, d) => {
  const actions = [...d.focusAreas.flatMap((a) => a.actions), ...d.looseActions];
  const years = new Map<string, { start: string[]; due: string[] }>();
  const at = (y: string) => {
    let e = years.get(y);
    if (!e) years.set(y, (e = { start: [], due: [] }));
    return e;
  };
  for (const a of actions) {
    if (a.startDate) at(a.startDate.slice(0, 4)).start.push(a.what);
    if (a.dueDate) at(a.dueDate.slice(0, 4)).due.push(a.what);
  }
  if (years.size === 0) return false;
  w.table(
    [
      { header: 'År', width: '12%' },
      { header: 'Startar', width: '44%' },
      { header: 'Ska vara klart', width: '44%' },
    ],
    [...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([y, e]): Cell[] => [y, list(e.start) || '–', list(e.due) || '–']),
  );
  return true;
};

const periodText = (d: ProgrammeDocumentData) =>
  `${d.programme.periodStart}–${d.programme.periodEnd}`;

const longTermPart: Part = (w, d) => {
  w.runs([{ text: 'Programperiod: ', bold: true }, { text: periodText(d) }]);
  const long = [...d.focusAreas.flatMap((a) => a.goals), ...d.looseGoals].filter(
    (g) => g.horizon === 'long',
  );
  if (long.length > 0) {
    w.text('Mål på lång sikt:', {}, true);
    w.bullets(
      long.map((g) => (g.targetDate ? `${g.text} (till ${shortDate(g.targetDate)})` : g.text)),
    );
  }
  return true;
};

const brandPart: Part = (w, d) => {
  const notes = d.focusAreas.filter((a) => a.brandNote.trim());
  if (notes.length === 0) return false;
  w.text('Så stärker fokusområdena platsens varumärke:', {}, true);
  w.bullets(notes.map((a) => `${a.name}: ${a.brandNote.trim()}`));
  return true;
};

const followUpPart: Part = (w, d) => {
  const goals = [...d.focusAreas.flatMap((a) => a.goals), ...d.looseGoals].filter((g) =>
    g.indicatorName.trim(),
  );
  if (d.meta.followedUpBy.trim())
    w.runs([{ text: 'Ansvar för uppföljningen: ', bold: true }, { text: d.meta.followedUpBy }]);
  if (d.other.cadence)
    w.runs([{ text: 'Hur ofta: ', bold: true }, { text: d.other.cadence.toLocaleLowerCase('sv') }]);
  if (goals.length === 0) return d.meta.followedUpBy.trim() !== '' || d.other.cadence !== '';
  w.text('Programmet följs upp med dessa mätetal:', {}, true);
  w.table(
    [
      { header: 'Mål', width: '40%' },
      { header: 'Mätetal', width: '30%' },
      { header: 'Målvärde', width: '30%' },
    ],
    goals.map((g): Cell[] => [
      g.text,
      g.indicatorName,
      value(g.targetValue, g.indicatorUnit, g.targetDate),
    ]),
  );
  return true;
};

const goalPicturePart: Part = (w, d) => {
  const picture = d.other.goalPicture;
  if (!picture) return false;
  const own = d.texts['shared-goal-picture']?.text.trim() ?? '';
  // Printed once: the officer may have copied the recorded goal picture into the section text.
  if (picture.text.trim() && picture.text.trim() !== own) w.text(picture.text);
  if (picture.endorsements.length > 0) {
    w.text('Målbilden har ställts bakom vid:', {}, true);
    w.bullets(
      picture.endorsements.map((e) => {
        const names = e.names.length > 0 ? `: ${listJoin(e.names)}` : '';
        return `${e.occasion}, ${shortDate(e.date)}${names}`;
      }),
    );
  }
  return picture.text.trim() !== '' || picture.endorsements.length > 0;
};

const communicationPart: Part = (w, d) => {
  const items = d.other.communication;
  if (items.length === 0) return false;
  w.text('Kommunikationsplanens insatser:', {}, true);
  w.table(
    [
      { header: 'Budskap', width: '40%' },
      { header: 'Målgrupp', width: '24%' },
      { header: 'Kanal', width: '18%' },
      { header: 'När', width: '18%' },
    ],
    items.map((i): Cell[] => [i.message, i.audiences || '–', i.channel, i.when || '–']),
  );
  return true;
};

/** Section id → its data part; sections without one are text only. */
export const documentParts: Readonly<Record<string, Part>> = {
  'vision-and-steering': visionPart,
  'current-state': swotPart,
  'development-areas': weaknessPart,
  'shared-goal-picture': goalPicturePart,
  'communication-plan': communicationPart,
  'focus-areas': focusAreaPart,
  goals: goalsPart,
  'concrete-steps': stepsPart,
  sustainability: sustainabilityPart,
  roles: rolesPart,
  timeline: timelinePart,
  'long-term': longTermPart,
  brand: brandPart,
  'follow-up': followUpPart,
};
