import type { Score } from './schemas/guide.ts';
import type { Weights } from './schemas/scoring-model.ts';

/** The factors of the scoring model, in the order pages show them. */
export const factors = ['impact', 'complexity', 'cost', 'risk'] as const;
export type Factor = (typeof factors)[number];

/** A guide or request as the ranking needs it. */
export interface Scorable {
  id: string;
  title: string;
  score?: Score | undefined;
  /** For a mandatory one, the date it must be live (YYYY-MM-DD): pinned ones are ordered by it, soonest first. */
  due?: string | undefined;
}

/** A guide's place in the portfolio: its priority (0–100) and what each factor contributed to it. */
export interface Ranked<T extends Scorable> {
  guide: T;
  priority: number;
  contributions: Record<Factor, number>;
  /** Why the guide must be built whatever its score, when it must. */
  mandatory?: string;
}

/**
 * How good a rating is for priority, from 0 to 1: impact counts for (rating − 1) / 4, the others
 * against, (5 − rating) / 4, since more complexity, cost or risk lowers priority.
 */
export function goodness(factor: Factor, rating: number): number {
  return factor === 'impact' ? (rating - 1) / 4 : (5 - rating) / 4;
}

/** Rounds away the last bits of binary noise so that equal priorities compare equal. */
const tidy = (value: number) => Math.round(value * 1e9) / 1e9;

/** The four factor ratings of a guide's or a request's score. */
export type Ratings = Record<Factor, number>;

/** A score's priority (0–100) and what each factor contributed to it. */
export function weigh(score: Ratings, weights: Weights): { priority: number; contributions: Record<Factor, number> } {
  const contributions = Object.fromEntries(
    factors.map((factor) => [factor, tidy(weights[factor] * goodness(factor, score[factor]))]),
  ) as Record<Factor, number>;
  return { priority: tidy(factors.reduce((total, factor) => total + contributions[factor], 0)), contributions };
}

/**
 * Ranks every guide that has a score: priority = Σ weight × goodness over the four factors (0–100).
 * Guides marked `mandatory` (regulatory compliance, say) are pinned above the ranking, whatever
 * their score, soonest `due` first; both lists are then ordered by priority, then title.
 */
export function prioritise<T extends Scorable>(
  guides: readonly T[],
  weights: Weights,
): { pinned: Ranked<T>[]; ranked: Ranked<T>[] } {
  const all = guides.flatMap((guide): Ranked<T>[] => {
    const score = guide.score;
    if (!score) return [];
    return [{ guide, ...weigh(score, weights), ...(score.mandatory ? { mandatory: score.mandatory } : {}) }];
  });
  const order = (a: Ranked<T>, b: Ranked<T>) => b.priority - a.priority || a.guide.title.localeCompare(b.guide.title);
  const due = (r: Ranked<T>) => r.guide.due ?? '9999-12-31';
  return {
    pinned: all.filter((r) => r.mandatory).sort((a, b) => due(a).localeCompare(due(b)) || order(a, b)),
    ranked: all.filter((r) => !r.mandatory).sort(order),
  };
}

/** A priority or contribution as pages show it: one decimal at most, "72.5", "40" (not "40.0"). */
export function formatPoints(value: number): string {
  return String(Number(value.toFixed(1)));
}

/** A guide's priority as the portfolio shows it: pinned guides say so, since their place ignores the number. */
export function formatPriority(row: Pick<Ranked<Scorable>, 'priority' | 'mandatory'>): string {
  return row.mandatory ? `Pinned (${formatPoints(row.priority)})` : formatPoints(row.priority);
}

/**
 * A factor's bar length, from 0 to 1, on one scale for every factor and guide: its contribution against the largest
 * weight, the most any factor can contribute. Equal points give equal bars, whichever the factor.
 */
export function barLength(contribution: number, weights: Weights): number {
  const scale = Math.max(...factors.map((factor) => weights[factor]));
  return scale ? contribution / scale : 0;
}

/** The priority formula in words, with the weights in use: "Priority = 40 × (impact − 1) / 4 + …". */
export function formulaText(weights: Weights): string {
  return `Priority = ${factors.map((f) => `${weights[f]} × ${f === 'impact' ? '(impact − 1)' : `(5 − ${f})`} / 4`).join(' + ')}`;
}

/**
 * Weights from a portfolio link (`?impact=40&complexity=20…`): each a whole number from 0 to 100, else the model's.
 * The four must sum to 100 to count; otherwise the model's weights stand.
 */
export function weightsFromQuery(query: URLSearchParams, model: Weights): Weights {
  const read = (factor: Factor) => {
    const raw = query.get(factor);
    const value = raw !== null && /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
    return value >= 0 && value <= 100 ? value : model[factor];
  };
  const weights = Object.fromEntries(factors.map((factor) => [factor, read(factor)])) as Weights;
  return factors.reduce((sum, factor) => sum + weights[factor], 0) === 100 ? weights : model;
}

/** The query that reproduces the weights, empty when they are the model's. */
export function weightsToQuery(weights: Weights, model: Weights): string {
  if (factors.every((factor) => weights[factor] === model[factor])) return '';
  return `?${new URLSearchParams(factors.map((factor) => [factor, String(weights[factor])])).toString()}`;
}
