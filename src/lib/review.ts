// One module per function: the 'date-fns' barrel loads about 1,500 files, over a second in Node (config load, `check`).
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** Whether an entry's last review is still fresh. */
export interface ReviewStatus {
  /** The date the next review is due, YYYY-MM-DD. */
  due: string;
  /** True when `today` is after the due date. */
  overdue: boolean;
  /** Days past the due date (0 when not overdue). */
  daysOverdue: number;
}

/** When a review falls due: `lastReviewed` plus `everyMonths` (end-of-month dates clamp, 31 Aug + 6 → 28/29 Feb). */
export function reviewStatus(lastReviewed: string, everyMonths: number, today: string): ReviewStatus {
  const due = addMonths(parseISO(lastReviewed), everyMonths);
  const days = differenceInCalendarDays(parseISO(today), due);
  return { due: format(due, 'yyyy-MM-dd'), overdue: days > 0, daysOverdue: Math.max(0, days) };
}

/** A guide's review when it is overdue and the guide still in use (a deprecated guide is not reviewed); else undefined. */
export function overdueReview(
  guide: { lastReviewed: string; reviewEveryMonths: number; status?: string | undefined },
  today: string,
): ReviewStatus | undefined {
  const review = reviewStatus(guide.lastReviewed, guide.reviewEveryMonths, today);
  return review.overdue && guide.status !== 'deprecated' ? review : undefined;
}

/**
 * Today's date for review checks: `PLAYBOOK_TODAY` (YYYY-MM-DD) when set, so builds and tests can be
 * reproduced, otherwise the machine's local date.
 */
export function today(env: Record<string, string | undefined>, now = new Date()): string {
  const fixed = env['PLAYBOOK_TODAY'];
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || !isValid(parseISO(fixed))) {
      throw new Error(`PLAYBOOK_TODAY must be a date written as YYYY-MM-DD (found: "${fixed}")`);
    }
    return fixed;
  }
  return format(now, 'yyyy-MM-dd');
}
