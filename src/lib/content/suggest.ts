import { closest, distance } from 'fastest-levenshtein';

/**
 * The valid value closest to what the author typed, or undefined when nothing is near enough
 * to be a plausible typo (more than a third of the word differs).
 */
export function closestMatch(found: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = found.toLowerCase();
  const exactIgnoringCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactIgnoringCase) return exactIgnoringCase;
  // A shortened id ("point-to-point" for "point-to-point-integrations") is a likely slip too.
  const extended = candidates.filter((c) => c.toLowerCase().startsWith(lower) && lower.length >= 3);
  if (extended.length === 1) return extended[0];
  const best = closest(
    lower,
    candidates.map((c) => c.toLowerCase()),
  );
  const index = candidates.findIndex((c) => c.toLowerCase() === best);
  const limit = Math.max(2, Math.ceil(found.length / 3));
  return distance(lower, best) <= limit ? candidates[index] : undefined;
}

/** 'did you mean "X"?' for the closest candidate (shown after `prefix`, e.g. "#"), or undefined when none is close. */
export function closeHint(found: string, candidates: readonly string[], prefix = ''): string | undefined {
  const match = closestMatch(found, candidates);
  return match === undefined ? undefined : `did you mean "${prefix}${match}"?`;
}

/** "did you mean X?" for the closest candidate, or a short list of valid values when none is close. */
export function didYouMean(found: string, candidates: readonly string[]): string | undefined {
  const close = closeHint(found, candidates);
  if (close) return close;
  if (candidates.length === 0) return undefined;
  const shown = candidates.slice(0, 8).join(', ');
  return `valid values: ${shown}${candidates.length > 8 ? `, … (${candidates.length} in all)` : ''}`;
}
