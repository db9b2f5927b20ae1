import { DAY_MS, assertValidInstant } from '@content-assurance/kit/shared';

/**
 * A finding open longer than `escalateAfterDays` days (24 h each, counted from when a scan first saw
 * it) escalates: its email also goes to the unit's principal leader (主要负责人) and to the site
 * administrator (网站主管部门). Exactly N days open is not yet "longer than N days".
 */
export const shouldEscalate = (firstSeenAt: Date, now: Date, escalateAfterDays: number): boolean => {
  assertValidInstant(firstSeenAt, 'firstSeenAt');
  assertValidInstant(now, 'now');
  if (!Number.isInteger(escalateAfterDays) || escalateAfterDays < 0) {
    throw new RangeError(`escalateAfterDays must be a whole number ≥ 0, got ${escalateAfterDays}`);
  }
  return now.getTime() - firstSeenAt.getTime() > escalateAfterDays * DAY_MS;
};
