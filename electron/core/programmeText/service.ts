// Runs in: main process / Node. Reading and saving the programme text: one text per section, the
// 'why' kept on the programme itself, sections left out with a reason, and the metadata.
import type { Database } from 'better-sqlite3';
import {
  sectionPlan,
  sectionPlans,
  type ProgrammeTextView,
  type SectionState,
  type SectionView,
} from '../../../shared/domain/programmeText';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { programmeIsLive } from '../process/queries';
import { selectProgramme } from '../programmes/queries';
import { updateProgramme } from '../programmes/service';
import { sectionDataCounts } from './dataCounts';
import { programmeMissing } from './roles';
import {
  selectMeta,
  selectSectionTexts,
  upsertLeftOut,
  upsertMeta,
  upsertSectionText,
} from './queries';

const latest = (dates: (string | null | undefined)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d && (!a || d > a) ? d : a), null);

function stateOf(view: Omit<SectionView, 'state'>): SectionState {
  if (view.leftOut) return 'left-out';
  if (view.text.trim()) return 'written';
  if (view.dataCount !== null && view.dataCount > 0) return 'data';
  return 'empty';
}

export function getProgrammeText(db: Database, programmeId: string): ProgrammeTextView {
  const programme = selectProgramme(db, programmeId);
  if (!programme) throw programmeMissing();
  const stored = new Map(selectSectionTexts(db, programmeId).map((r) => [r.sectionId, r]));
  const counts = sectionDataCounts(db, programmeId);
  const sections = sectionPlans.map((plan): SectionView => {
    const row = stored.get(plan.id);
    const text = plan.id === 'why' ? programme.whyText : (row?.text ?? '');
    const view = {
      id: plan.id,
      kind: plan.kind,
      editor: plan.editor,
      text: plan.kind === 'data' ? '' : text,
      leftOut: row?.leftOut ?? false,
      leftOutReason: row?.leftOutReason ?? '',
      updatedAt: row?.updatedAt ?? null,
      dataCount: plan.kind === 'text' ? null : (counts[plan.id] ?? 0),
    };
    return { ...view, state: stateOf(view) };
  });
  const meta = selectMeta(db, programmeId);
  return {
    programmeId,
    sections,
    meta: {
      revisedBy: meta?.revisedBy ?? '',
      followedUpBy: meta?.followedUpBy ?? '',
      updatedAt: meta?.updatedAt ?? null,
    },
    lastSavedAt: latest([...sections.map((s) => s.updatedAt), meta?.updatedAt]),
  };
}

function requireSection(sectionId: string, writable: boolean) {
  const plan = sectionPlan(sectionId);
  if (!plan || (writable && plan.kind === 'data')) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Det avsnittet finns inte i programtexten eller byggs helt ur underlaget.',
        en: 'That section is not in the programme text or is built entirely from the data.',
      },
      { sectionId: 'Okänt avsnitt.' },
    );
  }
  return plan;
}

function requireLive(db: Database, programmeId: string): void {
  if (!programmeIsLive(db, programmeId)) throw programmeMissing();
}

export function saveSectionText(
  db: Database,
  input: { programmeId: string; sectionId: string; text: string },
): ProgrammeTextView {
  requireSection(input.sectionId, true);
  db.transaction(() => {
    requireLive(db, input.programmeId);
    const now = nowIso();
    if (input.sectionId === 'why') {
      updateProgramme(db, { id: input.programmeId, whyText: input.text });
      // Recorded here too, so the editor's "last saved" covers the why.
      upsertSectionText(db, input.programmeId, input.sectionId, '', now);
    } else upsertSectionText(db, input.programmeId, input.sectionId, input.text, now);
  })();
  return getProgrammeText(db, input.programmeId);
}

export function setSectionLeftOut(
  db: Database,
  input: { programmeId: string; sectionId: string; leftOut: boolean; reason: string },
): ProgrammeTextView {
  requireSection(input.sectionId, false);
  if (input.leftOut && !input.reason.trim()) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Skriv varför avsnittet lämnas utanför programmet.',
        en: 'Write why the section is left out of the programme.',
      },
      { reason: 'Skriv varför avsnittet lämnas utanför.' },
    );
  }
  requireLive(db, input.programmeId);
  upsertLeftOut(
    db,
    input.programmeId,
    input.sectionId,
    input.leftOut,
    input.reason.trim(),
    nowIso(),
  );
  return getProgrammeText(db, input.programmeId);
}

export function setDocumentMeta(
  db: Database,
  input: { programmeId: string; revisedBy: string; followedUpBy: string },
): ProgrammeTextView {
  requireLive(db, input.programmeId);
  upsertMeta(db, input.programmeId, input, nowIso());
  return getProgrammeText(db, input.programmeId);
}
