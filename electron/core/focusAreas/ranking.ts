// Runs in: main process / Node (pure; no database). Ranks focus areas by impact against effort
// (S13): score = impact − effort, ties broken by the larger impact, then by name. The quadrant of
// the impact/effort matrix gives each place a reason in plain words.
import {
  rankingQuadrants,
  type FocusArea,
  type FocusAreaRanking,
  type RankingQuadrant,
} from '../../../shared/domain/focusAreas';

export type RankableArea = Pick<
  FocusArea,
  'id' | 'name' | 'candidate' | 'impact' | 'effort' | 'priorityReason'
>;

/** 4–5 counts as high, 1–2 as low, 3 as in between. */
export function quadrantOf(impact: number | null, effort: number | null): RankingQuadrant {
  if (impact === null || effort === null) return 'unassessed';
  if (impact >= 4 && effort <= 2) return 'quick_win';
  if (impact >= 4) return 'major';
  if (impact <= 2 && effort >= 4) return 'costly';
  if (impact <= 2 && effort <= 2) return 'fill_in';
  if (impact - effort <= -2) return 'costly';
  return 'balanced';
}

export function rankFocusAreas(areas: readonly RankableArea[]): FocusAreaRanking[] {
  const scored = areas.map((a) => ({
    area: a,
    score: a.impact !== null && a.effort !== null ? a.impact - a.effort : null,
  }));
  scored.sort((x, y) => {
    if (x.score === null || y.score === null) {
      if (x.score !== y.score) return x.score === null ? 1 : -1;
    } else if (x.score !== y.score) return y.score - x.score;
    const impact = (y.area.impact ?? 0) - (x.area.impact ?? 0);
    return impact !== 0 ? impact : x.area.name.localeCompare(y.area.name, 'sv');
  });
  const assessed = scored.filter((s) => s.score !== null).length;
  let rank = 0;
  let previous: { score: number | null; impact: number | null } | null = null;
  return scored.map(({ area, score }, index) => {
    // Equal score and impact share a place; unassessed areas share the place after the last.
    if (score === null) rank = assessed + 1;
    else if (!previous || previous.score !== score || previous.impact !== area.impact) {
      rank = index + 1;
    }
    previous = { score, impact: area.impact };
    const quadrant = quadrantOf(area.impact, area.effort);
    const text = rankingQuadrants.find((q) => q.id === quadrant)!;
    return {
      id: area.id,
      name: area.name,
      candidate: area.candidate,
      impact: area.impact,
      effort: area.effort,
      score,
      rank,
      quadrant,
      reason: { sv: text.sv, en: text.en },
      priorityReason: area.priorityReason,
    };
  });
}
