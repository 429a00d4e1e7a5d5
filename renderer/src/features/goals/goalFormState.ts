// Runs in: renderer. The goal form's state (numbers as typed text) and its conversion to the
// contract's input, with the numbers checked first.
import type { GoalInput } from '../../../../shared/contract/goals';
import type { GlobalGoalNumber } from '../../../../shared/domain/agenda2030';
import type {
  Direction,
  Goal,
  GoalLevelKind,
  GoalQuality,
  GoalType,
  Horizon,
  IndicatorSourceKind,
  MeasureLevel,
} from '../../../../shared/domain/goals';
import {
  indicatorLibrary,
  type LibraryIndicator,
} from '../../../../shared/domain/indicatorLibrary';
import { numberText, parseNumber } from './format';

export interface GoalFormState {
  focusAreaId: string;
  levelKind: GoalLevelKind;
  parentGoalId: string;
  text: string;
  why: string;
  type: GoalType;
  measureLevel: MeasureLevel;
  horizon: Horizon;
  influenceable: boolean;
  quality: GoalQuality;
  agenda2030: GlobalGoalNumber[];
  indicatorName: string;
  indicatorUnit: string;
  direction: Direction;
  indicatorSource: IndicatorSourceKind;
  indicatorSourceNote: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  achievedAt: string;
  revisionReason: string;
}

export function emptyGoalForm(focusAreaId: string, parentGoalId: string): GoalFormState {
  return {
    focusAreaId,
    levelKind: parentGoalId ? 'action_plan' : 'programme',
    parentGoalId,
    text: '',
    why: '',
    type: 'result',
    measureLevel: 'strategic',
    horizon: 'long',
    influenceable: true,
    quality: { clear: false, measurable: false, sustainable: false, anchored: false },
    agenda2030: [],
    indicatorName: '',
    indicatorUnit: '',
    direction: 'higher',
    indicatorSource: 'other',
    indicatorSourceNote: '',
    baselineValue: '',
    baselineDate: '',
    targetValue: '',
    targetDate: '',
    achievedAt: '',
    revisionReason: '',
  };
}

export const formFromGoal = (g: Goal): GoalFormState => ({
  focusAreaId: g.focusAreaId ?? '',
  levelKind: g.levelKind,
  parentGoalId: g.parentGoalId ?? '',
  text: g.text,
  why: g.why,
  type: g.type,
  measureLevel: g.measureLevel,
  horizon: g.horizon,
  influenceable: g.influenceable,
  quality: g.quality,
  agenda2030: g.agenda2030,
  indicatorName: g.indicatorName,
  indicatorUnit: g.indicatorUnit,
  direction: g.direction,
  indicatorSource: g.indicatorSource,
  indicatorSourceNote: g.indicatorSourceNote,
  baselineValue: numberText(g.baselineValue),
  baselineDate: g.baselineDate ?? '',
  targetValue: numberText(g.targetValue),
  targetDate: g.targetDate ?? '',
  achievedAt: g.achievedAt ?? '',
  revisionReason: '',
});

/** The indicator fields a library entry fills in (in the UI language). */
export function fromLibrary(
  state: GoalFormState,
  indicator: LibraryIndicator,
  lang: 'sv' | 'en',
): GoalFormState {
  return {
    ...state,
    indicatorName: indicator.name[lang],
    indicatorUnit: indicator.unit[lang],
    direction: indicator.direction,
    indicatorSource: indicator.source,
    indicatorSourceNote: indicator.sourceNote[lang],
    measureLevel: indicator.level,
  };
}

/** The library entry whose name the goal's indicator carries, for its guidance. */
export const libraryMatch = (indicatorName: string): LibraryIndicator | undefined => {
  const name = indicatorName.trim().toLocaleLowerCase('sv');
  if (!name) return undefined;
  return indicatorLibrary.find(
    (i) => i.name.sv.toLocaleLowerCase('sv') === name || i.name.en.toLocaleLowerCase('sv') === name,
  );
};

export type GoalFormResult =
  | { ok: true; input: Omit<GoalInput, 'programmeId'> }
  | { ok: false; fields: Record<string, string> };

export function toGoalInput(s: GoalFormState, notANumber: string): GoalFormResult {
  const fields: Record<string, string> = {};
  const num = (key: 'baselineValue' | 'targetValue') => {
    const value = parseNumber(s[key]);
    if (value === undefined) fields[key] = notANumber;
    return value ?? null;
  };
  const baselineValue = num('baselineValue');
  const targetValue = num('targetValue');
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  const date = (v: string) => (v === '' ? null : v);
  return {
    ok: true,
    input: {
      focusAreaId: s.focusAreaId || null,
      levelKind: s.levelKind,
      parentGoalId: s.levelKind === 'action_plan' && s.parentGoalId ? s.parentGoalId : null,
      text: s.text,
      why: s.why,
      type: s.type,
      measureLevel: s.measureLevel,
      horizon: s.horizon,
      influenceable: s.influenceable,
      quality: s.quality,
      agenda2030: s.agenda2030,
      indicatorName: s.indicatorName,
      indicatorUnit: s.indicatorUnit,
      direction: s.direction,
      indicatorSource: s.indicatorSource,
      indicatorSourceNote: s.indicatorSourceNote,
      baselineValue,
      baselineDate: date(s.baselineDate),
      targetValue,
      targetDate: date(s.targetDate),
      achievedAt: date(s.achievedAt),
    },
  };
}
