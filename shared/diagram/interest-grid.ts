import { scoreMax, scoreMin } from './vocabulary';

/**
 * The four customary quadrants of the interest/influence grid (interessent-/påvirkningskart):
 * high influence and high interest → involve closely; high influence, lower interest → keep
 * satisfied; lower influence, high interest → keep informed; both lower → monitor.
 */
export const quadrants = ['involver-tett', 'hold-fornoyd', 'hold-informert', 'overvak'] as const;
export type Quadrant = (typeof quadrants)[number];

/**
 * Scores 4 and 5 count as high. The middle score 3 counts as low on purpose: a new actor starts at
 * 3/3 and so lands in "overvåk" until someone has assessed them.
 */
export const highFrom = 4;

/** The quadrant of an actor with these scores. */
export function quadrantOf(interest: number, influence: number): Quadrant {
  const highInterest = interest >= highFrom;
  const highInfluence = influence >= highFrom;
  if (highInfluence) return highInterest ? 'involver-tett' : 'hold-fornoyd';
  return highInterest ? 'hold-informert' : 'overvak';
}

/** Keeps a score inside 1–5 (for dragging and arrow keys past the edge). */
export function clampScore(score: number): number {
  return Math.min(scoreMax, Math.max(scoreMin, Math.round(score)));
}
