// Runs in: main process / Node. The example municipality's decision track: a meeting calendar for
// last year to next year, the adoption of the programme in force (remiss with replies, KSAU, KS,
// KF) and the case of its revision, planned towards a KF meeting next year. Deterministic: the same
// `today` and the same programmes and stakeholders give the same rows and ids.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  consequenceKeyIds,
  defaultDeadlineWorkingDays,
  type CaseMemo,
  type ChangeKind,
  type MeetingBody,
  type RemissInstanceKind,
} from '../../../shared/domain/cases';
import { planBackwards } from './backPlan';
import { addDays } from './days';
import { calendarUpTo, insertMeeting } from './meetingQueries';
import { insertCase, type CaseData } from './queries';
import { insertComment, insertInstance } from './remissQueries';
import { insertStage } from './stageQueries';
import { isWorkingDay, workingDaysAfter } from './workingDays';

export interface CasesDemoCounts {
  meetings: number;
  cases: number;
  stages: number;
  instances: number;
  comments: number;
}

function demoId(label: string): string {
  const h = createHash('sha256').update(`cases-demo:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first working day on or after the nth `weekday` (1 = Monday) of the month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  let day = `${year}-${pad(month)}-01`;
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== weekday) day = addDays(day, 1);
  day = addDays(day, 7 * (n - 1));
  return isWorkingDay(day) ? day : workingDaysAfter(day, 0);
}

/** KSAU on the first Monday, KS two weeks later (no meetings in July); KF six times a year. */
function calendarOf(year: number): { body: MeetingBody; date: string }[] {
  const out: { body: MeetingBody; date: string }[] = [];
  for (let month = 1; month <= 12; month++) {
    if (month === 7) continue;
    out.push({ body: 'ksau', date: nthWeekday(year, month, 1, 1) });
    out.push({ body: 'ks', date: nthWeekday(year, month, 1, 3) });
  }
  for (const month of [2, 4, 6, 9, 11])
    out.push({ body: 'kf', date: nthWeekday(year, month, 1, 4) });
  out.push({ body: 'kf', date: nthWeekday(year, 12, 1, 2) });
  return out;
}

const memo = (fields: Partial<CaseMemo>): CaseMemo => ({
  summary: '',
  background: '',
  assessment: '',
  consequences: Object.fromEntries(
    consequenceKeyIds.map((k) => [k, { text: '', notAffected: false }]),
  ) as CaseMemo['consequences'],
  proposalExtra: '',
  remissOverview: '',
  sendTo: '',
  signerName: '',
  signerTitle: '',
  ...fields,
});

interface DemoInstance {
  name: string;
  kind: RemissInstanceKind;
  organisation?: string;
  reply?: { daysAfterSent: number; summary: string };
  comments?: {
    section: string;
    comment: string;
    position: string;
    change: ChangeKind;
    changeText: string;
  }[];
}

/** The replies to the remiss of the programme in force. */
const previousRemiss: DemoInstance[] = [
  {
    name: 'Samhällsbyggnadsnämnden',
    kind: 'nämnd',
    reply: {
      daysAfterSent: 38,
      summary: 'Tillstyrker förslaget med synpunkter på mark och planberedskap.',
    },
    comments: [
      {
        section: 'Prioriterade fokusområden',
        comment: 'Programmet bör nämna planberedskapen för verksamhetsmark i de mindre orterna.',
        position:
          'Kommunen instämmer. Tillgången på mark är en förutsättning för fokusområdet Etablering.',
        change: 'andring',
        changeText: 'Ett mål om planlagd verksamhetsmark i Åsbacka och Ängsjö har lagts till.',
      },
    ],
  },
  {
    name: 'Exeby Företagarnätverk',
    kind: 'organisation',
    organisation: 'Exeby Företagarnätverk',
    reply: {
      daysAfterSent: 41,
      summary:
        'Positiva till förslaget men vill se tydligare ansvar och snabbare besked i tillståndsfrågor.',
    },
    comments: [
      {
        section: 'Roll- och ansvarsfördelning',
        comment: 'Det måste framgå vem i kommunen som äger varje åtgärd.',
        position: 'Kommunen instämmer. Varje åtgärd i handlingsplanen får en ansvarig förvaltning.',
        change: 'andring',
        changeText: 'Kolumnen Ansvarig har lagts till i handlingsplanen.',
      },
      {
        section: '',
        comment: 'Vi önskar en fast kontaktperson för alla företag.',
        position:
          'Kommunen delar målet men har inte resurser för en kontaktperson per företag. Näringslivsenheten är ingången.',
        change: 'ingen_andring',
        changeText: 'Frågan hanteras inom befintlig organisation.',
      },
    ],
  },
  {
    name: 'Handelsföreningen i Exeby',
    kind: 'organisation',
    reply: {
      daysAfterSent: 43,
      summary: 'Vill att centrumhandeln lyfts som ett eget område.',
    },
    comments: [
      {
        section: 'Nulägesanalys',
        comment: 'Analysen saknar siffror om handelns utveckling i centrum.',
        position: 'Kommunen instämmer delvis. Handelsstatistik finns bara på kommunnivå.',
        change: 'andring',
        changeText: 'Handelns omsättning per invånare har lagts till i nulägesanalysen.',
      },
    ],
  },
  { name: 'Barn- och utbildningsnämnden', kind: 'nämnd' },
  {
    name: 'Centerpartiet i Exempelkommun',
    kind: 'parti',
    reply: { daysAfterSent: 44, summary: 'Inget att invända.' },
  },
];

function findStakeholder(db: Database, organisation: string): string | null {
  const row = db
    .prepare(
      `SELECT id FROM stakeholders WHERE organisation = ? AND deleted_at IS NULL
       ORDER BY kind = 'organisation' DESC, created_at, id LIMIT 1`,
    )
    .get(organisation) as { id: string } | undefined;
  return row?.id ?? null;
}

function programmeIds(db: Database): { current: string | null; adopted: string | null } {
  const id = (sql: string) => (db.prepare(sql).get() as { id: string } | undefined)?.id ?? null;
  return {
    current: id(
      "SELECT id FROM programmes WHERE is_current = 1 AND status <> 'adopted' AND deleted_at IS NULL",
    ),
    adopted: id(
      "SELECT id FROM programmes WHERE status = 'adopted' AND deleted_at IS NULL ORDER BY period_start DESC LIMIT 1",
    ),
  };
}

/** Writes the example decision track. Call it after the programmes and stakeholders exist. */
export function generateCasesDemo(db: Database, today: string): CasesDemoCounts {
  const year = Number(today.slice(0, 4));
  const at = `${addDays(today, -30)}T09:00:00.000Z`;
  const counts: CasesDemoCounts = { meetings: 0, cases: 0, stages: 0, instances: 0, comments: 0 };
  const programmes = programmeIds(db);
  const director =
    (
      db
        .prepare(
          "SELECT name FROM stakeholders WHERE role_title = 'Kommundirektör' AND deleted_at IS NULL LIMIT 1",
        )
        .get() as { name: string } | undefined
    )?.name ?? '';

  db.transaction(() => {
    for (const y of [year - 1, year, year + 1]) {
      for (const m of calendarOf(y)) {
        insertMeeting(
          db,
          demoId(`meeting-${m.body}-${m.date}`),
          {
            body: m.body,
            date: m.date,
            deadlineWorkingDays: defaultDeadlineWorkingDays[m.body],
            note: '',
          },
          at,
        );
        counts.meetings += 1;
      }
    }

    // The adoption of the programme in force, three years ago in the spring.
    const oldYear = year - 3;
    const oldId = demoId('case-previous');
    const sent = workingDaysAfter(`${oldYear}-01-15`, 0);
    const deadline = workingDaysAfter(addDays(sent, 42), 0);
    const old: CaseData = {
      kind: 'adoption',
      dnr: `KS ${year - 4}/212`,
      title: `Näringslivsprogram ${oldYear}–${year}`,
      status: 'adopted',
      programmeId: programmes.adopted,
      targetKfMeetingId: null,
      remissWeeks: 6,
      ...memo({
        summary: `Kommunstyrelsen gav i november ${year - 4} i uppdrag att ta fram ett näringslivsprogram. Förslaget har tagits fram i dialog med företag och organisationer och har varit på remiss.`,
        assessment:
          'Förvaltningen bedömer att programmet ger en gemensam riktning för kommunens arbete med näringslivsfrågor och att det är förenligt med översiktsplanen.',
        remissOverview:
          'Remissinstanserna är i huvudsak positiva. Synpunkterna gäller framför allt ansvarsfördelningen och tillgången på mark.',
        sendTo: 'Samtliga nämnder\nNäringslivsenheten',
        signerName: director,
        signerTitle: director ? 'Kommundirektör' : '',
      }),
    };
    insertCase(db, oldId, old, at);
    counts.cases += 1;
    const decided = [
      { body: 'remiss' as const, date: sent, paragraph: '' },
      { body: 'ksau' as const, date: nthWeekday(oldYear, 3, 1, 3), paragraph: '31' },
      { body: 'ks' as const, date: nthWeekday(oldYear, 4, 1, 1), paragraph: '44' },
      { body: 'kf' as const, date: nthWeekday(oldYear, 4, 1, 4), paragraph: '38' },
    ];
    decided.forEach((s, i) => {
      insertStage(
        db,
        demoId(`stage-previous-${s.body}`),
        oldId,
        {
          body: s.body,
          meetingId: null,
          meetingDate: s.body === 'remiss' ? null : s.date,
          submittedDate: s.body === 'remiss' ? s.date : addDays(s.date, -14),
          paragraph: s.paragraph,
          decisionText: '',
          outcome: 'bifall',
          outcomeReason: '',
          protocolRef: s.paragraph
            ? `Protokollsutdrag ${s.body.toUpperCase()} ${s.date} § ${s.paragraph}`
            : '',
        },
        `${s.date}T1${i}:00:00.000Z`,
      );
      counts.stages += 1;
    });
    if (programmes.adopted) {
      db.prepare(
        `UPDATE programmes SET adopted_date = ?, adopted_paragraph = '38', adopted_dnr = ?
         WHERE id = ?`,
      ).run(decided[3]!.date, old.dnr, programmes.adopted);
    }
    for (const [i, inst] of previousRemiss.entries()) {
      const id = demoId(`remiss-previous-${i}`);
      insertInstance(
        db,
        id,
        oldId,
        {
          stakeholderId: inst.organisation ? findStakeholder(db, inst.organisation) : null,
          name: inst.name,
          kind: inst.kind,
          sentDate: sent,
          deadline,
          replyReceivedDate: inst.reply ? addDays(sent, inst.reply.daysAfterSent) : null,
          replySummary: inst.reply?.summary ?? '',
        },
        `${sent}T09:00:00.000Z`,
      );
      counts.instances += 1;
      for (const [j, c] of (inst.comments ?? []).entries()) {
        insertComment(
          db,
          demoId(`comment-previous-${i}-${j}`),
          id,
          {
            section: c.section,
            comment: c.comment,
            position: c.position,
            changeKind: c.change,
            changeText: c.changeText,
          },
          `${deadline}T1${j}:00:00.000Z`,
        );
        counts.comments += 1;
      }
    }

    // The revision under way: aimed at the first KF next year that leaves room for a remiss.
    const calendar = calendarUpTo(db, addDays(today, -400), addDays(today, 800));
    const target =
      calendar
        .filter((m) => m.body === 'kf' && m.date > addDays(today, 150))
        .find(
          (kf) =>
            planBackwards({ target: kf, meetings: calendar, remissWeeks: 6, today }).reachable,
        ) ?? null;
    const plan = target
      ? planBackwards({ target, meetings: calendar, remissWeeks: 6, today })
      : null;
    const newId = demoId('case-revision');
    insertCase(
      db,
      newId,
      {
        kind: 'adoption',
        dnr: `KS ${year}/87`,
        title: `Näringslivsprogram ${year + 1}–${year + 4}`,
        status: 'preparation',
        programmeId: programmes.current,
        targetKfMeetingId: target?.id ?? null,
        remissWeeks: 6,
        ...memo({
          summary:
            'Det nuvarande näringslivsprogrammet löper ut. Ett nytt program har tagits fram i dialog med företag, organisationer och invånare och föreslås gälla i fyra år.',
          background:
            'Kommunstyrelsen gav kommundirektören i uppdrag att revidera näringslivsprogrammet. Arbetet har byggt på företagsbesök, intervjuer och workshoppar.',
          consequences: {
            economy: {
              text: 'Åtgärderna ryms i näringslivsenhetens budget. Större satsningar prövas i budgetprocessen.',
              notAffected: false,
            },
            agenda2030: {
              text: 'Programmet bidrar till mål 8 (anständiga arbetsvillkor och ekonomisk tillväxt) och mål 9 (hållbar industri, innovationer och infrastruktur).',
              notAffected: false,
            },
            children: { text: '', notAffected: true },
            equality: { text: '', notAffected: false },
            dialogue: {
              text: 'Förslaget har tagits fram tillsammans med företag, organisationer och ungdomsrådet och ska gå på remiss.',
              notAffected: false,
            },
          },
          sendTo: 'Samtliga nämnder\nNäringslivsenheten\nExeby Företagarnätverk',
          signerName: director,
          signerTitle: director ? 'Kommundirektör' : '',
        }),
      },
      at,
    );
    counts.cases += 1;
    for (const [i, inst] of previousRemiss.entries()) {
      insertInstance(
        db,
        demoId(`remiss-revision-${i}`),
        newId,
        {
          stakeholderId: inst.organisation ? findStakeholder(db, inst.organisation) : null,
          name: inst.name,
          kind: inst.kind,
          sentDate: null,
          deadline: plan?.remiss?.end ?? null,
          replyReceivedDate: null,
          replySummary: '',
        },
        at,
      );
      counts.instances += 1;
    }
  })();
  return counts;
}
