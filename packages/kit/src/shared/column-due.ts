import type { ColumnCategory, EveryRule, FrequencyRule, PeriodUnit } from './domain';

/**
 * Is a column due? The one engine for the responsibility table page, the overdue dashboard and the
 * overdue scan. A column's updates are judged by the earliest deadline among its rules — its own
 * cadences, and for 随时 / blank (or no rules, or only reply deadlines) the update limit of its
 * category — counted from its last publication or, never published, from its opening. Reply
 * deadlines concern inquiries, not updates. Pure: the deadline arithmetic (working-day calendar) is
 * passed in.
 */

/** A category's update limit: `count` `unit`s without a publication. */
export interface PeriodLimit {
  unit: PeriodUnit;
  count: number;
}

/** How many days before its deadline a column counts as due soon, unless configured (responsibility's `dueSoonDays`). */
export const DEFAULT_DUE_SOON_DAYS = 3;

export const DUE_STATUSES = ['overdue', 'due-soon', 'ok', 'no-deadline', 'closed'] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];

/** What the engine reads of a column. */
export interface ColumnDueInput {
  category: ColumnCategory;
  /** The frequency rules of the column's effective assignments (own or inherited). */
  rules: readonly FrequencyRule[];
  lastPublishedAt: Date | null;
  openedAt: Date | null;
}

/** The deadline a column's next update is judged by. */
export interface UpdateDeadline {
  /**
   * When the update is due; null when the column has no anchor (never published, no opening date) and
   * its rule is a cadence: overdue since an unknown time.
   */
  dueAt: Date | null;
  /** The rule that sets the deadline: the column's own, or its category's limit as an every rule. */
  rule: FrequencyRule;
  source: 'own' | 'category';
  /** The column's own rule behind a category deadline (随时, blank), null when it has no rules. */
  ownRule: FrequencyRule | null;
  /** The category limit, for source 'category'. */
  limit: PeriodLimit | null;
}

/** Deadline arithmetic the engine needs (the responsibility plugin's, over the working-day calendar). */
export type NextDueAt = (rule: FrequencyRule, lastPublishedAt: Date | null, now: Date) => Date | null;

/**
 * A period limit as an every rule, one per limit object: a scan asks for the limits tens of thousands
 * of times. Read only, like every rule.
 */
const periodRules = new WeakMap<PeriodLimit, EveryRule>();
export const categoryRule = (period: PeriodLimit): EveryRule => {
  let rule = periodRules.get(period);
  if (rule === undefined || rule.unit !== period.unit || rule.count !== period.count) {
    periodRules.set(period, (rule = { kind: 'every', unit: period.unit, count: period.count }));
  }
  return rule;
};

/** Anchor of a column's deadlines: its last publication, or its opening for a column never published. */
export const anchorOf = (column: Pick<ColumnDueInput, 'lastPublishedAt' | 'openedAt'>): Date | null => column.lastPublishedAt ?? column.openedAt;

/**
 * The earliest update deadline among a column's rules (see the module comment); the first of equals
 * wins. Null when nothing sets a deadline (随时 in a category without a limit).
 */
export const updateDeadlineOf = (
  column: ColumnDueInput,
  categoryLimits: Readonly<Partial<Record<ColumnCategory, PeriodLimit>>>,
  nextDueAt: NextDueAt,
  now: Date,
): UpdateDeadline | null => {
  const anchor = anchorOf(column);
  const categoryLimit = categoryLimits[column.category] ?? null;
  // The candidates in order — own cadences as they come, 随时/blank as the category's limit — evaluated
  // as they come, the best kept in locals and one result built at the end: a scan does this for every column.
  let found = false;
  let bestTime = Number.POSITIVE_INFINITY;
  let bestRule: FrequencyRule | null = null;
  let bestSource: 'own' | 'category' = 'own';
  let bestOwnRule: FrequencyRule | null = null;
  let bestLimit: PeriodLimit | null = null;
  let bestDueAt: Date | null = null;
  let candidates = 0;
  for (let i = 0; i <= column.rules.length; i += 1) {
    let rule: FrequencyRule;
    let source: 'own' | 'category';
    let ownRule: FrequencyRule | null;
    let limit: PeriodLimit | null;
    if (i < column.rules.length) {
      const own = column.rules[i];
      if (own.kind === 'reply-within') continue;
      if (own.kind === 'as-needed' || own.kind === 'unspecified') {
        if (!categoryLimit) continue;
        rule = categoryRule(categoryLimit);
        source = 'category';
        ownRule = own;
        limit = categoryLimit;
      } else {
        rule = own;
        source = 'own';
        ownRule = own;
        limit = null;
      }
    } else {
      // No cadence at all (no rules, or only reply deadlines): the category's limit still applies.
      if (candidates > 0 || !categoryLimit) break;
      rule = categoryRule(categoryLimit);
      source = 'category';
      ownRule = null;
      limit = categoryLimit;
    }
    candidates += 1;
    const due = nextDueAt(rule, anchor, now);
    if (due === null) continue;
    // Without an anchor an every rule is "due now": overdue since an unknown time.
    const dueAt = anchor === null && rule.kind === 'every' ? null : due;
    const time = dueAt === null ? Number.NEGATIVE_INFINITY : dueAt.getTime();
    if (time < bestTime) {
      found = true;
      bestTime = time;
      bestRule = rule;
      bestSource = source;
      bestOwnRule = ownRule;
      bestLimit = limit;
      bestDueAt = dueAt;
    }
  }
  return found ? { rule: bestRule as FrequencyRule, source: bestSource, ownRule: bestOwnRule, limit: bestLimit, dueAt: bestDueAt } : null;
};

/** Whether a deadline has passed; a null (unknown) deadline has. */
export const hasPassed = (dueAt: Date | null, now: Date): boolean => dueAt === null || now.getTime() > dueAt.getTime();

/** How a deadline stands: passed, within `dueSoonDays` (inclusive), or not yet. */
export const deadlineStatus = (dueAt: Date | null, now: Date, dueSoonDays: number): 'overdue' | 'due-soon' | 'ok' => {
  if (hasPassed(dueAt, now)) return 'overdue';
  return (dueAt as Date).getTime() - now.getTime() <= dueSoonDays * 86_400_000 ? 'due-soon' : 'ok';
};
