// Runs in: everywhere. The red thread (röd tråd, F03): vision → focus areas → goals → actions →
// measurements, and every break in it (P08 whys, I07 focus areas with a responsible and a goal).
import type { ActionStatus } from './actions';
import type { GoalStatus, Localized } from './goals';

export type RedThreadNodeKind =
  'vision' | 'focusArea' | 'goal' | 'action' | 'measurement' | 'group';

export interface RedThreadNode {
  /** Unique in the tree: kind + id (an action under two goals appears twice). */
  key: string;
  kind: RedThreadNodeKind;
  id: string | null;
  title: string;
  /** A goal's status, an action's status or a measurement; null for the rest. */
  goalStatus: GoalStatus | null;
  actionStatus: ActionStatus | null;
  /** For a measurement: "42 st (2026-03-01)"; for a group: why it is a group. */
  detail: string;
  /** How many breaks sit on this node itself. */
  breakCount: number;
  /** Where the node is opened: route parts and an optional query ("area=<id>"). */
  link: FixLink | null;
  children: RedThreadNode[];
}

export interface FixLink {
  route: string[];
  query?: string;
}

export const breakKinds = [
  { id: 'programme_no_vision', sv: 'Vision saknas', en: 'No vision' },
  { id: 'missing_why', sv: 'Varför saknas', en: 'Why is missing' },
  { id: 'focus_area_no_goal', sv: 'Fokusområde utan mål', en: 'Focus area without a goal' },
  {
    id: 'focus_area_no_responsible',
    sv: 'Fokusområde utan ansvarig',
    en: 'Focus area without a responsible',
  },
  { id: 'goal_no_focus_area', sv: 'Mål utan fokusområde', en: 'Goal without a focus area' },
  { id: 'goal_no_parent', sv: 'Mål utan programmål', en: 'Goal without a programme goal' },
  {
    id: 'incomplete_measure',
    sv: 'Mål utan mätetal, utgångsläge eller målvärde',
    en: 'Goal without indicator, baseline or target',
  },
  { id: 'action_no_goal', sv: 'Aktivitet utan mål', en: 'Action without a goal' },
] as const;
export type BreakKind = (typeof breakKinds)[number]['id'];

export interface RedThreadBreak {
  kind: BreakKind;
  /** What the break is about: 'programme', 'focusArea', 'goal' or 'action', with its id. */
  subjectKind: 'programme' | 'focusArea' | 'goal' | 'action';
  subjectId: string;
  subject: string;
  message: Localized;
  fix: FixLink;
}

export interface RedThread {
  programmeId: string;
  programmeName: string;
  tree: RedThreadNode;
  breaks: RedThreadBreak[];
}
