import type { OverdueConfig, PeriodLimit } from './config';
import type { ColumnTree } from './column-tree';
import { periodLabel, type ColumnRef, type Finding } from './finding';
import {
  addCalendarDays,
  anchorOf,
  categoryRule,
  deadlineStatus,
  endOfShanghaiDay,
  hasPassed,
  isoDateOf,
  shanghaiDateOf,
  updateDeadlineOf as columnUpdateDeadline,
  wholeDaysBetween,
  type UpdateDeadline,
} from '@content-assurance/kit/shared';
import type { LatenessCounter } from './working-days';
import { CATEGORY_LABELS, type ColumnCategory, type ColumnInput, type Deadlines, type EveryRule, type FrequencyRule, type Label } from './types';

/**
 * Column findings: column-overdue / column-due-soon / fixed-date-missed / category-stale (one per
 * leaf column, from its earliest deadline), topic-stale, column-blank.
 *
 * Which columns: only active ones (opened, not closed). Update deadlines are judged on leaf columns
 * (no children): a container's duty is carried out in its sub-columns, which inherit its rules and
 * have findings of their own. A 专题专栏 is judged as a whole — its topmost topic column, by the
 * latest publication anywhere under it. Blank columns: active leaves that are not channels.
 */

/**
 * The deadline a column's next update is judged by: the kit's column-due engine (the same the
 * responsibility table and the dashboard use) over this config's category limits and the
 * responsibility plugin's deadline arithmetic.
 */
export const updateDeadlineOf = (column: ColumnInput, config: OverdueConfig, deadlines: Deadlines, now: Date): UpdateDeadline | null =>
  columnUpdateDeadline(column, config.categoryLimits, (rule, anchor, at) => deadlines.nextDueAt(rule, anchor, at), now);

export { anchorOf, categoryRule, hasPassed, type UpdateDeadline };

const isDated = (rule: FrequencyRule): rule is Extract<FrequencyRule, { kind: 'fixed-dates' | 'monthly-by-day' }> =>
  rule.kind === 'fixed-dates' || rule.kind === 'monthly-by-day';

/** True when nothing was published in the column for `period` (anchored like its deadlines). */
export const staleFor = (anchor: Date | null, period: PeriodLimit, deadlines: Deadlines, now: Date): boolean => {
  if (anchor === null) return true;
  return hasPassed(deadlines.nextDueAt(categoryRule(period), anchor, now), now);
};

/** The column's path for a finding (a copy), its own name last. */
const pathOf = (column: ColumnInput): string[] =>
  column.path.length > 0 && column.path[column.path.length - 1] === column.name ? [...column.path] : [...column.path, column.name];

const columnRef = (column: ColumnInput): ColumnRef => ({
  columnId: column.id,
  columnDocumentId: column.documentId,
  columnName: column.name,
  columnPath: pathOf(column),
  category: column.category,
  openedAt: column.openedAt,
});

const dateKey = (dueAt: Date | null): string => (dueAt === null ? 'no-anchor' : isoDateOf(dueAt));

const categoryRuleLabel = (deadline: UpdateDeadline, column: ColumnInput, deadlines: Deadlines): Label => {
  const limit = periodLabel(deadline.limit ?? { unit: 'month', count: 1 });
  const category = CATEGORY_LABELS[column.category];
  const byCategory: Label = { zh: `${category.zh}类栏目时限${limit.zh}`, en: `${category.en} columns: ${limit.en}` };
  if (deadline.ownRule === null) return byCategory;
  const own = deadlines.describeRule(deadline.ownRule);
  return { zh: `${own.zh}（${byCategory.zh}）`, en: `${own.en} (${byCategory.en})` };
};

const updateFinding = (
  column: ColumnInput,
  deadline: UpdateDeadline,
  config: OverdueConfig,
  deadlines: Deadlines,
  now: Date,
  lateness: LatenessCounter,
): Finding | null => {
  const status = deadlineStatus(deadline.dueAt, now, config.dueSoonDays);
  // On time and not due soon (most columns): nothing to build.
  if (status === 'ok') return null;
  const passed = status === 'overdue';
  const ruleLabel = deadline.source === 'category' ? categoryRuleLabel(deadline, column, deadlines) : deadlines.describeRule(deadline.rule);
  const ref = columnRef(column);
  const base = { ...ref, unitIds: [...column.unitIds], ruleLabel, lastPublishedAt: column.lastPublishedAt, dueAt: deadline.dueAt };

  if (passed) {
    const late = {
      severity: 'overdue' as const,
      daysOverdue: lateness.daysOverdue(deadline.dueAt),
      workingDaysOverdue: lateness.workingDaysOverdue(deadline.dueAt),
    };
    if (deadline.source === 'category') {
      return {
        ...base,
        ...late,
        kind: 'category-stale',
        key: `category-stale:${column.id}:${dateKey(deadline.dueAt)}`,
        ownRule: deadline.ownRule,
        limit: deadline.limit ?? { unit: 'month', count: 1 },
      };
    }
    const rule = deadline.rule;
    if (isDated(rule)) {
      return { ...base, ...late, kind: 'fixed-date-missed', key: `fixed-date-missed:${column.id}:${dateKey(deadline.dueAt)}`, rule };
    }
    return { ...base, ...late, kind: 'column-overdue', key: `column-overdue:${column.id}:${dateKey(deadline.dueAt)}`, rule };
  }

  const dueAt = deadline.dueAt as Date;
  return {
    ...base,
    kind: 'column-due-soon',
    key: `column-due-soon:${column.id}:${isoDateOf(dueAt)}`,
    severity: 'due-soon',
    daysOverdue: 0,
    workingDaysOverdue: 0,
    rule: deadline.rule,
    ruleSource: deadline.source,
    daysLeft: wholeDaysBetween(now, dueAt),
  };
};

const topicFinding = (
  column: ColumnInput,
  topicRule: EveryRule,
  tree: ColumnTree,
  config: OverdueConfig,
  deadlines: Deadlines,
  now: Date,
  lateness: LatenessCounter,
): Finding | null => {
  const lastPublishedAt = tree.latestInSubtree(column.id);
  const anchor = lastPublishedAt ?? column.openedAt;
  if (anchor === null) return null; // never published, no opening date: the blank finding speaks for it
  const dueAt = deadlines.nextDueAt(topicRule, anchor, now);
  if (dueAt === null || !hasPassed(dueAt, now)) return null;
  return {
    ...columnRef(column),
    kind: 'topic-stale',
    key: `topic-stale:${column.id}:${isoDateOf(dueAt)}`,
    unitIds: [...column.unitIds],
    severity: 'overdue',
    dueAt,
    daysOverdue: lateness.daysOverdue(dueAt),
    workingDaysOverdue: lateness.workingDaysOverdue(dueAt),
    ruleLabel: {
      zh: `专题专栏连续${config.topicStaleDays}日无更新应撤销或归档`,
      en: `a topic not updated for ${config.topicStaleDays} consecutive days is withdrawn or archived`,
    },
    staleDays: config.topicStaleDays,
    lastPublishedAt,
  };
};

/** A blank column in the national sense: an active leaf (not a channel) with nothing ever published. */
export const isBlankColumn = (column: ColumnInput): boolean =>
  column.active && !column.isChannel && !column.hasChildren && column.publishedCount === 0;

const blankFinding = (column: ColumnInput, config: OverdueConfig, now: Date, lateness: LatenessCounter): Finding | null => {
  if (!isBlankColumn(column)) return null;
  const dueAt = column.openedAt === null ? null : endOfShanghaiDay(addCalendarDays(shanghaiDateOf(column.openedAt), config.blankGraceDays));
  if (dueAt !== null && !hasPassed(dueAt, now)) return null;
  return {
    ...columnRef(column),
    kind: 'column-blank',
    key: `column-blank:${column.id}:${column.openedAt === null ? 'unknown' : isoDateOf(column.openedAt)}`,
    unitIds: [...column.unitIds],
    severity: 'overdue',
    dueAt,
    daysOverdue: lateness.daysOverdue(dueAt),
    workingDaysOverdue: lateness.workingDaysOverdue(dueAt),
    ruleLabel: { zh: '栏目开设后须发布内容', en: 'an open column must have content' },
  };
};

const TOPIC: readonly ColumnCategory[] = ['topic'];

export const columnFindings = (
  columns: readonly ColumnInput[],
  tree: ColumnTree,
  config: OverdueConfig,
  deadlines: Deadlines,
  now: Date,
  lateness: LatenessCounter,
  deadlineOf: (column: ColumnInput) => UpdateDeadline | null = (column) => updateDeadlineOf(column, config, deadlines, now),
): Finding[] => {
  const findings: Finding[] = [];
  const topicRule: EveryRule = { kind: 'every', unit: 'day', count: config.topicStaleDays };
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i];
    if (!column.active) continue;
    if (!column.hasChildren) {
      const deadline = deadlineOf(column);
      const update = deadline && updateFinding(column, deadline, config, deadlines, now, lateness);
      if (update) findings.push(update);
    }
    if (column.category === 'topic' && tree.isTopmostOf(column, TOPIC)) {
      const topic = topicFinding(column, topicRule, tree, config, deadlines, now, lateness);
      if (topic) findings.push(topic);
    }
    const blank = blankFinding(column, config, now, lateness);
    if (blank) findings.push(blank);
  }
  return findings;
};
