import { shanghaiDateOf, epochDay, fromEpochDay, noonOf, wholeDaysBetween } from '@content-assurance/kit/shared';
import type { Deadlines } from './types';

/**
 * How late something is. Calendar: whole 24-hour days since the deadline (floor). Working days:
 * the working days that have fully passed after the Beijing day of the deadline and before today —
 * the same "full days elapsed" reading, so a deadline at the end of Thursday is 0 days late on
 * Friday morning and 1 working day late on Saturday morning (or 0, if Friday is a holiday).
 *
 * The working days before today are counted once per run (a prefix sum grown on demand), so many
 * findings that are years late cost one pass over the calendar, not one each.
 */
export interface LatenessCounter {
  daysOverdue(dueAt: Date | null): number;
  workingDaysOverdue(dueAt: Date | null): number;
}

export const createLatenessCounter = (deadlines: Deadlines, now: Date): LatenessCounter => {
  const today = epochDay(shanghaiDateOf(now));
  /** cumulative[k]: working days among the k days just before today (today-1 … today-k). */
  const cumulative: number[] = [0];
  const workingDaysInLast = (k: number): number => {
    while (cumulative.length <= k) {
      const back = cumulative.length;
      const working = deadlines.isWorkingDay(noonOf(fromEpochDay(today - back))) ? 1 : 0;
      cumulative.push(cumulative[back - 1] + working);
    }
    return cumulative[k];
  };

  return {
    daysOverdue: (dueAt) => (dueAt === null ? 0 : wholeDaysBetween(dueAt, now)),
    workingDaysOverdue: (dueAt) => {
      if (dueAt === null || now.getTime() <= dueAt.getTime()) return 0;
      const between = today - epochDay(shanghaiDateOf(dueAt)) - 1;
      return between > 0 ? workingDaysInLast(between) : 0;
    },
  };
};
