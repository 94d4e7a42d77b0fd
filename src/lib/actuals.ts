// What past integrations actually took, by size, against what the estimation model says each size takes.
import type { SizeBand } from './estimate.ts';
import type { GuideSize } from './vocabulary.ts';

/** One integration's recorded hours. */
export interface Actual {
  /** The entry that records it, e.g. "requests/zuora-invoices-to-netsuite". */
  source: string;
  size: GuideSize;
  hours: number;
}

/** The actuals of one size: how many, their median and range, and those outside the model's band. */
export interface SizeActuals {
  size: GuideSize;
  count: number;
  median: number;
  low: number;
  high: number;
  /** The model's band for the size: its low without contingency to its high with it. */
  band: { low: number; high: number } | undefined;
  outside: Actual[];
}

/** The actual hours a request or guide records, if any, as an Actual. */
export function actualOf(source: string, data: unknown): Actual[] {
  const { size, actualHours } = (data ?? {}) as { size?: GuideSize; actualHours?: number };
  return size && typeof actualHours === 'number' ? [{ source, size, hours: actualHours }] : [];
}

/** Actuals grouped by size, in the model's order of sizes (sizes with none left out). */
export function actualsBySize(actuals: readonly Actual[], bands: readonly SizeBand[]): SizeActuals[] {
  const sizes: GuideSize[] = ['S', 'M', 'L', 'XL'];
  return sizes.flatMap((size) => {
    const hours = actuals.filter((actual) => actual.size === size);
    if (!hours.length) return [];
    const sorted = hours.map((actual) => actual.hours).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    const found = bands.find((band) => band.size === size);
    const band = found && { low: Number(found.hours.low), high: Number(found.withContingency.high) };
    const outside = band ? hours.filter((actual) => actual.hours < band.low || actual.hours > band.high) : [];
    return [{ size, count: sorted.length, median, low: sorted[0]!, high: sorted.at(-1)!, band, outside }];
  });
}

/** How many integrations outside a size's band make the model worth revisiting. */
export const actualsOutsideToWarn = 3;
