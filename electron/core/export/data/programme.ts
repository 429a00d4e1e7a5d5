// Runs in: main process / Node. The data of the programme document (näringslivsprogram): the
// programme and its first-page metadata, the officer's section texts, focus areas with goals and
// actions, the SWOT, the roles table and the implementation timeline.
//
// Confidentiality: SWOT items are the officer's own wording, but an item whose source is a visit
// or interview marked confidential is left out of public copies (it may repeat that text). No
// visit or interview text is read otherwise.
import type { Database } from 'better-sqlite3';
import type { FocusArea } from '../../../../shared/domain/focusAreas';
import type { Horizon } from '../../../../shared/domain/goals';
import type { SwotType } from '../../../../shared/domain/insights';
import type { ProgrammeStatus } from '../../../../shared/domain/process';
import type { RolesTable } from '../../../../shared/domain/programmeText';
import { AppFailure } from '../../../../shared/errors';
import { selectFocusAreas } from '../../focusAreas/queries';
import { selectProgrammeGoals } from '../../goals/queries';
import { selectMeta, selectSectionTexts } from '../../programmeText/queries';
import { otherFeatureData, type OtherFeatureData } from '../../programmeText/otherFeatures';
import { rolesTable } from '../../programmeText/roles';
import { currentProgrammeId, selectProgramme } from '../../programmes/queries';
import { cachedStatement } from '../../search/cachedStatement';

export interface ProgrammeDocumentQuery {
  /** '' = the programme the app works on. */
  programmeId: string;
  internal: boolean;
}

export interface DocGoal {
  text: string;
  why: string;
  horizon: Horizon;
  indicatorName: string;
  indicatorUnit: string;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  agenda2030: number[];
}

export interface DocAction {
  what: string;
  responsible: string;
  startDate: string | null;
  dueDate: string | null;
  status: string;
}

export interface DocFocusArea extends Pick<
  FocusArea,
  | 'id'
  | 'name'
  | 'priority'
  | 'why'
  | 'visionLink'
  | 'currentState'
  | 'desiredState'
  | 'responsibleName'
  | 'downturnNote'
  | 'brandNote'
  | 'swotStrengthNote'
> {
  agenda2030: number[];
  goals: DocGoal[];
  actions: DocAction[];
}

export interface ProgrammeDocumentData {
  programme: {
    id: string;
    name: string;
    periodStart: string;
    periodEnd: string;
    status: ProgrammeStatus;
    ownerBody: string;
    visionText: string;
    whyText: string;
    adoptedDate: string | null;
    adoptedParagraph: string;
    adoptedDnr: string;
    /** The dnr of the programme's adoption case (else any of its cases) while not adopted. */
    caseDnr: string;
  };
  meta: { revisedBy: string; followedUpBy: string };
  /** Section id → the officer's text and whether it is left out. */
  texts: Record<string, { text: string; leftOut: boolean }>;
  focusAreas: DocFocusArea[];
  /** Programme goals without a (chosen) focus area. */
  looseGoals: DocGoal[];
  looseActions: DocAction[];
  swot: Record<SwotType, string[]>;
  roles: RolesTable;
  /** Goal picture, steering documents, statistics … where those features exist. */
  other: OtherFeatureData;
  /** Visits and interviews marked confidential whose SWOT items are left out (0 internally). */
  confidentialLeftOut: number;
  /** SWOT items left out because a source is confidential (0 for an internal copy). */
  swotLeftOut: number;
  internal: boolean;
}

const noProgramme = () =>
  new AppFailure(
    'NOT_FOUND',
    {
      sv: 'Det finns inget program att skriva. Skapa programmet under Processen först.',
      en: 'There is no programme to write. Create the programme under Process first.',
    },
    { programmeId: 'Programmet finns inte.' },
  );

function actions(db: Database, programmeId: string) {
  return cachedStatement(
    db,
    `SELECT a.focus_area_id AS focusAreaId, a.what,
       coalesce(s.name, a.responsible_name) AS responsible,
       a.start_date AS startDate, a.due_date AS dueDate, a.status
     FROM actions a
     LEFT JOIN stakeholders s ON s.id = a.responsible_stakeholder_id AND s.deleted_at IS NULL
     WHERE a.programme_id = ? AND a.deleted_at IS NULL AND a.status <> 'dropped'
     ORDER BY a.start_date IS NULL, a.start_date, a.due_date, a.what, a.id`,
  ).all(programmeId) as (DocAction & { focusAreaId: string | null })[];
}

function caseDnr(db: Database, programmeId: string): string {
  const row = cachedStatement(
    db,
    `SELECT dnr FROM cases WHERE programme_id = ? AND deleted_at IS NULL AND trim(dnr) <> ''
     ORDER BY kind = 'adoption' DESC, updated_at DESC, id LIMIT 1`,
  ).get(programmeId) as { dnr: string } | undefined;
  return row?.dnr ?? '';
}

/**
 * SWOT texts. An item resting on a visit or interview marked confidential is left out of public
 * copies; `hiddenItems` counts such items and `hiddenSources` the distinct visits and interviews.
 */
function swot(db: Database, programmeId: string, internal: boolean) {
  const rows = cachedStatement(
    db,
    `SELECT i.id, i.type, i.text,
       (SELECT group_concat(coalesce(v.id, iv.id)) FROM insight_sources src
         LEFT JOIN visits v ON src.kind IN ('visit', 'visit_obstacle') AND v.confidential = 1
           AND v.id = (CASE src.kind WHEN 'visit' THEN src.ref_id ELSE src.parent_id END)
         LEFT JOIN interviews iv ON src.kind IN ('interview', 'interview_answer')
           AND iv.confidential = 1
           AND iv.id = (CASE src.kind WHEN 'interview' THEN src.ref_id ELSE src.parent_id END)
         WHERE src.insight_id = i.id AND (v.id IS NOT NULL OR iv.id IS NOT NULL)
       ) AS confidentialSources
     FROM insights i
     WHERE i.programme_id = ? AND i.deleted_at IS NULL
       AND i.type IN ('strength', 'weakness', 'opportunity', 'threat')
     ORDER BY i.created_at, i.id`,
  ).all(programmeId) as {
    type: SwotType;
    text: string;
    confidentialSources: string | null;
  }[];
  const out: Record<SwotType, string[]> = {
    strength: [],
    weakness: [],
    opportunity: [],
    threat: [],
  };
  let hiddenItems = 0;
  const hiddenSources = new Set<string>();
  for (const r of rows) {
    if (r.confidentialSources && !internal) {
      hiddenItems += 1;
      for (const id of r.confidentialSources.split(',')) hiddenSources.add(id);
    } else out[r.type].push(r.text);
  }
  return { swot: out, hiddenItems, hiddenSources: hiddenSources.size };
}

export function loadProgrammeDocumentData(
  db: Database,
  query: ProgrammeDocumentQuery,
): ProgrammeDocumentData {
  const id = query.programmeId || currentProgrammeId(db);
  const p = id ? selectProgramme(db, id) : null;
  if (!p) throw noProgramme();
  const texts: ProgrammeDocumentData['texts'] = {};
  for (const row of selectSectionTexts(db, p.id)) {
    texts[row.sectionId] = { text: row.text, leftOut: row.leftOut };
  }
  texts.why = { text: p.whyText, leftOut: texts.why?.leftOut ?? false };
  const meta = selectMeta(db, p.id);

  const goals = selectProgrammeGoals(db, p.id).filter((g) => g.levelKind === 'programme');
  const toGoal = (g: (typeof goals)[number]): DocGoal => ({
    text: g.text,
    why: g.why,
    horizon: g.horizon,
    indicatorName: g.indicatorName,
    indicatorUnit: g.indicatorUnit,
    baselineValue: g.baselineValue,
    baselineDate: g.baselineDate,
    targetValue: g.targetValue,
    targetDate: g.targetDate,
    agenda2030: [...g.agenda2030],
  });
  const allActions = actions(db, p.id);
  const areas = selectFocusAreas(db, p.id)
    .filter((a) => !a.candidate)
    .sort((a, b) => a.priority - b.priority);
  const areaIds = new Set(areas.map((a) => a.id));
  const { swot: swotTexts, hiddenItems, hiddenSources } = swot(db, p.id, query.internal);

  return {
    programme: {
      id: p.id,
      name: p.name,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      status: p.status,
      ownerBody: p.ownerBody,
      visionText: p.visionText,
      whyText: p.whyText,
      adoptedDate: p.adoptedDate,
      adoptedParagraph: p.adoptedParagraph,
      adoptedDnr: p.adoptedDnr,
      caseDnr: caseDnr(db, p.id),
    },
    meta: { revisedBy: meta?.revisedBy ?? '', followedUpBy: meta?.followedUpBy ?? '' },
    texts,
    focusAreas: areas.map((a) => ({
      id: a.id,
      name: a.name,
      priority: a.priority,
      why: a.why,
      visionLink: a.visionLink,
      currentState: a.currentState,
      desiredState: a.desiredState,
      responsibleName: a.responsibleName,
      downturnNote: a.downturnNote,
      brandNote: a.brandNote,
      swotStrengthNote: a.swotStrengthNote,
      agenda2030: [...a.agenda2030],
      goals: goals.filter((g) => g.focusAreaId === a.id).map(toGoal),
      actions: allActions
        .filter((x) => x.focusAreaId === a.id)
        .map(({ focusAreaId: _, ...x }) => x),
    })),
    looseGoals: goals.filter((g) => !g.focusAreaId || !areaIds.has(g.focusAreaId)).map(toGoal),
    looseActions: allActions
      .filter((x) => !x.focusAreaId || !areaIds.has(x.focusAreaId))
      .map(({ focusAreaId: _, ...x }) => x),
    swot: swotTexts,
    roles: rolesTable(db, p.id),
    other: otherFeatureData(db, p.id),
    confidentialLeftOut: hiddenSources,
    swotLeftOut: hiddenItems,
    internal: query.internal,
  };
}
