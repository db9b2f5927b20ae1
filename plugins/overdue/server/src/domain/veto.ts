import { anchorOf, hasPassed, isBlankColumn, staleFor } from './column-rules';
import { preparedFor, type PreparedScan } from './prepared';
import type { OverdueConfig } from './config';
import { everyRule, periodLabel } from './finding';
import { unansweredLimitAt } from './inquiry-rules';
import { assertValidInstant, wholeDaysBetween } from '@content-assurance/kit/shared';
import type { ColumnCategory, ColumnInput, Deadlines, EntityId, EveryRule, Label, ScanInput } from './types';

/**
 * The site's standing against the veto items (单项否决) of the national inspection indicators
 * (国办秘函〔2019〕19号): each count against its limit. A site at or over a limit fails the check.
 *
 * Which columns count (only active ones — opened, not closed):
 * 1. news-notice-stale: 动态/要闻 (news) leaf columns not updated in veto.newsStale (2 weeks), plus
 *    通知公告/政策文件 (notice, policy) columns not updated in veto.noticePolicyStale (6 months),
 *    counting only the topmost notice/policy column of each branch, judged by the latest publication
 *    anywhere under it (a 政策文件 column with sub-columns is one column to the inspector).
 * 2. long-stale: "should be updated and has not been for a long time": leaf columns past their
 *    category's limit (config.categoryLimits: news 2 weeks, notice/policy 6 months, personnel-plan 1
 *    year, interaction 3 months) whatever their own rule, or late on their own rule by at least
 *    veto.longOverdueDays; and topmost 专题专栏 that many days past their topicStaleDays.
 * 3. blank-columns: active leaf columns, not channels, with nothing ever published (no grace period).
 * 4. unanswered-inquiries: inquiries on veto.inquiryChannels (政务咨询类), not ignored as invalid,
 *    unanswered for more than veto.inquiryUnansweredMonths — received within the last
 *    veto.inquiryLookbackMonths, or still unanswered however old. A reply that came too late still counts.
 * Homepage: none of the homepage columns (isHomepage, with their sub-columns) updated in
 * veto.homepageStale (2 weeks); not judged (atRisk false) when no column is marked as homepage.
 *
 * A column stale since it opened (never published) is counted by the stale items as well as by
 * blank-columns: the inspector sees both.
 */

export const VETO_ITEM_KEYS = ['news-notice-stale', 'long-stale', 'blank-columns', 'unanswered-inquiries'] as const;
export type VetoItemKey = (typeof VETO_ITEM_KEYS)[number];

export interface VetoItem {
  key: VetoItemKey;
  label: Label;
  count: number;
  limit: number;
  /** limit - count: how many more before the veto; ≤ 0 means vetoed. */
  margin: number;
  /** count >= limit. */
  atRisk: boolean;
  /** What was counted: column ids (items 1–3) or inquiry ids (item 4), ascending. */
  idsOf: 'column' | 'inquiry';
  ids: EntityId[];
  /** Item 1 only: how many of each kind. */
  breakdown?: { news: number; noticePolicy: number };
}

export interface HomepageVeto {
  key: 'homepage-stale';
  label: Label;
  /** False when no active column is marked as a homepage column: nothing to judge. */
  judged: boolean;
  atRisk: boolean;
  /** The latest publication among the homepage columns (and their sub-columns). */
  lastPublishedAt: Date | null;
  /** When the homepage becomes (or became) stale; null when never published and no opening date. */
  staleAt: Date | null;
  columnIds: EntityId[];
}

export interface VetoRisk {
  evaluatedAt: Date;
  items: VetoItem[];
  homepage: HomepageVeto;
  /** Any item at risk, or the homepage. */
  atRisk: boolean;
}

const item = (key: VetoItemKey, label: Label, limit: number, idsOf: 'column' | 'inquiry', ids: Set<EntityId>): VetoItem => {
  const sorted = [...ids].sort((a, b) => a - b);
  return { key, label, count: sorted.length, limit, margin: limit - sorted.length, atRisk: sorted.length >= limit, idsOf, ids: sorted };
};

const NOTICE_POLICY: readonly ColumnCategory[] = ['notice', 'policy'];
const TOPIC: readonly ColumnCategory[] = ['topic'];

const isLeaf = (column: ColumnInput): boolean => column.active && !column.hasChildren;

export const vetoRisk = (input: ScanInput, config: OverdueConfig, deadlines: Deadlines, now: Date, prepared?: PreparedScan): VetoRisk => {
  assertValidInstant(now, 'now');
  const veto = config.veto;
  const scan = preparedFor(input, config, deadlines, now, prepared);
  const tree = scan.tree;
  // Items 1–3 in one pass over the active columns (indexed: a scan walks 50,000 of them).
  const news = new Set<EntityId>();
  const noticePolicy = new Set<EntityId>();
  const longStale = new Set<EntityId>();
  const blank = new Set<EntityId>();
  const topicRule: EveryRule = { kind: 'every', unit: 'day', count: config.topicStaleDays };
  const columns = input.columns;
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i];
    if (!column.active) continue;
    // 1. 动态/要闻 2 weeks + 通知公告/政策文件 6 months
    if (column.category === 'news' && !column.hasChildren && staleFor(anchorOf(column), veto.newsStale, deadlines, now)) news.add(column.id);
    if ((column.category === 'notice' || column.category === 'policy') && tree.isTopmostOf(column, NOTICE_POLICY)) {
      const anchor = tree.latestInSubtree(column.id) ?? column.openedAt;
      if (staleFor(anchor, veto.noticePolicyStale, deadlines, now)) noticePolicy.add(column.id);
    }
    // 2. should be updated, not updated for a long time: leaves by their category's limit or their own deadline …
    if (isLeaf(column)) {
      const limit = config.categoryLimits[column.category];
      if (limit && staleFor(anchorOf(column), limit, deadlines, now)) longStale.add(column.id);
      else {
        const deadline = scan.updateDeadline(column);
        if (deadline && hasPassed(deadline.dueAt, now) && (deadline.dueAt === null || wholeDaysBetween(deadline.dueAt, now) >= veto.longOverdueDays)) {
          longStale.add(column.id);
        }
      }
    }
    // … and topmost topic columns long past their topicStaleDays
    if (column.category === 'topic' && tree.isTopmostOf(column, TOPIC)) {
      const anchor = tree.latestInSubtree(column.id) ?? column.openedAt;
      if (anchor !== null) {
        const dueAt = deadlines.nextDueAt(topicRule, anchor, now);
        if (dueAt !== null && hasPassed(dueAt, now) && wholeDaysBetween(dueAt, now) >= veto.longOverdueDays) longStale.add(column.id);
      }
    }
    // 3. blank columns
    if (isBlankColumn(column)) blank.add(column.id);
  }
  const newsLabel = periodLabel(veto.newsStale);
  const noticeLabel = periodLabel(veto.noticePolicyStale);
  const first = item(
    'news-notice-stale',
    {
      zh: `动态要闻类栏目${newsLabel.zh}未更新、通知公告/政策文件类栏目${noticeLabel.zh}未更新（合计）`,
      en: `news columns not updated in ${newsLabel.en} plus notice/policy columns not updated in ${noticeLabel.en}`,
    },
    veto.newsNoticeLimit,
    'column',
    new Set([...news, ...noticePolicy]),
  );
  first.breakdown = { news: news.size, noticePolicy: noticePolicy.size };

  // 4. inquiries unanswered too long
  const unanswered = new Set<EntityId>();
  for (const inquiry of input.inquiries) {
    if (!veto.inquiryChannels.includes(inquiry.channel) || config.ignoredInquiryStatuses.includes(inquiry.status)) continue;
    if (inquiry.receivedAt.getTime() > now.getTime()) continue;
    const answeredAt = inquiry.repliedAt !== null && inquiry.repliedAt.getTime() <= now.getTime() ? inquiry.repliedAt : null;
    const inWindow = !hasPassed(deadlines.nextDueAt(everyRule({ unit: 'month', count: veto.inquiryLookbackMonths }), inquiry.receivedAt, now), now);
    if (answeredAt !== null && !inWindow) continue;
    const limitAt = unansweredLimitAt(inquiry.receivedAt, veto.inquiryUnansweredMonths, deadlines, now);
    if ((answeredAt ?? now).getTime() > limitAt.getTime()) unanswered.add(inquiry.id);
  }

  // Homepage
  const homepageColumns = columns.filter((column) => column.active && column.isHomepage);
  let lastPublishedAt: Date | null = null;
  let openedAt: Date | null = null;
  for (const column of homepageColumns) {
    const latest = tree.latestInSubtree(column.id);
    if (latest && (!lastPublishedAt || latest.getTime() > lastPublishedAt.getTime())) lastPublishedAt = latest;
    if (column.openedAt && (!openedAt || column.openedAt.getTime() > openedAt.getTime())) openedAt = column.openedAt;
  }
  const judged = homepageColumns.length > 0;
  const anchor = lastPublishedAt ?? openedAt;
  const staleAt = anchor === null ? null : deadlines.nextDueAt(everyRule(veto.homepageStale), anchor, now);
  const homeLabel = periodLabel(veto.homepageStale);
  const homepage: HomepageVeto = {
    key: 'homepage-stale',
    label: { zh: `首页${homeLabel.zh}未更新`, en: `homepage not updated in ${homeLabel.en}` },
    judged,
    atRisk: judged && hasPassed(staleAt, now),
    lastPublishedAt,
    staleAt,
    columnIds: homepageColumns.map((column) => column.id).sort((a, b) => a - b),
  };

  const items = [
    first,
    item('long-stale', { zh: '应更新但长期未更新的栏目', en: 'columns that should be updated but have not been for long' }, veto.longStaleLimit, 'column', longStale),
    item('blank-columns', { zh: '空白栏目', en: 'blank columns' }, veto.blankLimit, 'column', blank),
    item(
      'unanswered-inquiries',
      { zh: `超过${veto.inquiryUnansweredMonths}个月未答复的有效留言`, en: `valid inquiries unanswered for over ${veto.inquiryUnansweredMonths} months` },
      veto.inquiryLimit,
      'inquiry',
      unanswered,
    ),
  ];
  return { evaluatedAt: new Date(now.getTime()), items, homepage, atRisk: homepage.atRisk || items.some((entry) => entry.atRisk) };
};
