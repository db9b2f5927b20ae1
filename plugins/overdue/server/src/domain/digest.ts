import { FINDING_KIND_LABELS, type Finding, type FindingKind, type Severity } from './finding';
import { assertValidInstant, shanghaiDateOf, formatDateZh, formatMonthZh, isoDateOf } from '@content-assurance/kit/shared';
import { INQUIRY_CHANNEL_LABELS, type EntityId, type Label } from './types';

/**
 * One unit's digest email: the rows (one per finding the unit answers for) and the rendered mail,
 * in Chinese, dates on the Beijing calendar whatever the machine's time zone. Every text taken from
 * the data is escaped in the HTML.
 */

export type DigestSubjectType = 'column' | 'inquiry' | 'article' | 'unit';

export interface DigestRow {
  key: string;
  kind: FindingKind;
  kindLabel: Label;
  severity: Severity;
  subjectType: DigestSubjectType;
  subjectId: EntityId;
  /** The column's path (频道 > 栏目), the inquiry's subject, the policy document's title, or the unit and month. */
  subject: string;
  /** The duty, in Chinese: 每周, 5个工作日内 … */
  rule: string;
  /** YYYY-MM-DD (Asia/Shanghai), null when the deadline cannot be known or says nothing (blank since opening). */
  dueDate: string | null;
  /** YYYY-MM-DD the column opened, when it is late and has never been published since (开通以来未更新); else null. */
  blankSince: string | null;
  daysOverdue: number;
  workingDaysOverdue: number;
  /** Whole days left, for due-soon rows; null otherwise. */
  daysLeft: number | null;
  /** A short note in Chinese: 最近发布：2025-09-20, 已报送12条，差8条 … */
  detail: string;
  /** Path of the record in the Strapi admin, e.g. /admin/content-manager/collection-types/api::column.column/<documentId>. */
  link: string | null;
}

const CONTENT_MANAGER = '/admin/content-manager/collection-types';
const adminPath = (uid: string, documentId: string | null): string | null =>
  documentId ? `${CONTENT_MANAGER}/${uid}/${encodeURIComponent(documentId)}` : null;

/**
 * A late column never published since it opened: its deadline, counted from the opening, may be years
 * old ("下次到期 2022/07/30 已逾期1587天") and says nothing; the column is shown as blank since its
 * opening (开通以来未更新) instead. The opening date, or null for any other finding.
 */
export const blankSinceOf = (finding: Finding): Date | null => {
  if (finding.severity !== 'overdue') return null;
  switch (finding.kind) {
    case 'column-blank':
      return finding.openedAt;
    case 'column-overdue':
    case 'fixed-date-missed':
    case 'category-stale':
    case 'topic-stale':
      return finding.lastPublishedAt === null ? finding.openedAt : null;
    default:
      return null;
  }
};

const dateOrNever = (prefix: string, date: Date | null, never: string): string => (date ? `${prefix}${isoDateOf(date)}` : never);

/** A finding's row in a digest (built in one literal: rows are made for every finding). */
const row = (
  finding: Finding,
  subjectType: DigestSubjectType,
  subjectId: EntityId,
  subject: string,
  detail: string,
  link: string | null,
  daysLeft: number | null = null,
  blankSince: Date | null = null,
): DigestRow => ({
  key: finding.key,
  kind: finding.kind,
  kindLabel: FINDING_KIND_LABELS[finding.kind],
  severity: finding.severity,
  rule: finding.ruleLabel.zh,
  dueDate: finding.dueAt && !blankSince ? isoDateOf(finding.dueAt) : null,
  blankSince: blankSince ? isoDateOf(blankSince) : null,
  daysOverdue: finding.daysOverdue,
  workingDaysOverdue: finding.workingDaysOverdue,
  daysLeft,
  subjectType,
  subjectId,
  subject,
  detail,
  link,
});

const rowOf = (finding: Finding): DigestRow => {
  switch (finding.kind) {
    case 'column-overdue':
    case 'fixed-date-missed':
    case 'category-stale':
    case 'column-due-soon':
    case 'topic-stale':
    case 'column-blank': {
      const subject = finding.columnPath.join(' > ');
      const link = adminPath('api::column.column', finding.columnDocumentId);
      const blankSince = blankSinceOf(finding);
      if (blankSince) return row(finding, 'column', finding.columnId, subject, `${isoDateOf(blankSince)}开通以来未更新`, link, null, blankSince);
      if (finding.kind === 'column-blank') return row(finding, 'column', finding.columnId, subject, '尚无内容', link);
      const detail = dateOrNever(finding.kind === 'topic-stale' ? '最近更新：' : '最近发布：', finding.lastPublishedAt, '从未发布');
      return row(finding, 'column', finding.columnId, subject, detail, link, finding.kind === 'column-due-soon' ? finding.daysLeft : null);
    }
    case 'inquiry-overdue':
    case 'inquiry-stale':
      return row(
        finding,
        'inquiry',
        finding.inquiryId,
        finding.subject,
        `${INQUIRY_CHANNEL_LABELS[finding.channel].zh}，${isoDateOf(finding.receivedAt)}收到`,
        adminPath('api::inquiry.inquiry', finding.inquiryDocumentId),
      );
    case 'interpretation-missing':
      return row(finding, 'article', finding.articleId, finding.title, `${isoDateOf(finding.publishedAt)}发布，尚无解读`, adminPath('api::article.article', finding.articleDocumentId));
    case 'quota-shortfall':
      return row(
        finding,
        'unit',
        finding.unitId,
        `${finding.unitName} ${formatMonthZh(finding.month)}信息报送`,
        `已报送${finding.count}条，差${finding.shortfall}条`,
        adminPath('api::unit.unit', finding.unitDocumentId),
      );
  }
};

const SEVERITY_ORDER: Record<Severity, number> = { overdue: 0, 'due-soon': 1, info: 2 };

/** The rows of one unit's digest: overdue first (most late first), then due soon, then the rest. */
export const digestRows = (findings: readonly Finding[], unitId: EntityId): DigestRow[] =>
  findings
    .filter((finding) => finding.unitIds.includes(unitId))
    .map(rowOf)
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.daysOverdue - a.daysOverdue ||
        (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );

// ---------------------------------------------------------------- rendering

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);

/** One line: no CR/LF in a mail header or a text-table cell. */
const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, ' ').trim();

/** adminUrl + path; only http(s) bases are used, a trailing /admin in the base is not doubled. */
const absoluteLink = (adminUrl: string, path: string): string => {
  let base = adminUrl.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/i.test(base)) return path;
  if (/\/admin$/i.test(base) && path.startsWith('/admin/')) base = base.slice(0, -'/admin'.length);
  return `${base}${path}`;
};

const latenessText = (row: DigestRow): string => {
  if (row.severity === 'due-soon') return row.daysLeft !== null && row.daysLeft > 0 ? `还剩${row.daysLeft}天` : '不足1天到期';
  if (row.severity !== 'overdue') return '—';
  if (row.blankSince !== null) return '开通以来未更新';
  if (row.dueDate === null) return '已逾期';
  const days = row.daysOverdue === 0 ? '逾期不足1天' : `逾期${row.daysOverdue}天`;
  return row.workingDaysOverdue > 0 ? `${days}（${row.workingDaysOverdue}个工作日）` : days;
};

const distinct = (rows: readonly DigestRow[], keep: (row: DigestRow) => boolean): number =>
  new Set(rows.filter(keep).map((row) => `${row.subjectType}:${row.subjectId}`)).size;

/** 3个栏目逾期、1条留言超期未复 … */
const summaryOf = (rows: readonly DigestRow[]): string => {
  const overdueColumns = new Set(rows.filter((r) => r.subjectType === 'column' && r.severity === 'overdue').map((r) => r.subjectId));
  const parts: string[] = [];
  if (overdueColumns.size > 0) parts.push(`${overdueColumns.size}个栏目逾期`);
  const soon = distinct(rows, (r) => r.subjectType === 'column' && r.severity === 'due-soon' && !overdueColumns.has(r.subjectId));
  if (soon > 0) parts.push(`${soon}个栏目即将到期`);
  const inquiries = distinct(rows, (r) => r.subjectType === 'inquiry');
  if (inquiries > 0) parts.push(`${inquiries}条留言超期未复`);
  const documents = distinct(rows, (r) => r.subjectType === 'article');
  if (documents > 0) parts.push(`${documents}份政策文件未发布解读`);
  if (rows.some((r) => r.kind === 'quota-shortfall')) parts.push('信息报送未达标');
  return parts.length > 0 ? parts.join('、') : '暂无待办事项';
};

export interface DigestInput {
  unitName: string;
  rows: readonly DigestRow[];
  /** The scan's instant; its Beijing date is shown. */
  runDate: Date;
  /** Base URL the admin paths are appended to, e.g. https://cms.example.gov.cn (a trailing /admin is fine). */
  adminUrl: string;
}

export interface RenderedDigest {
  subject: string;
  text: string;
  html: string;
}

const HEADERS = ['序号', '类型', '栏目/事项', '时限要求', '截止日期', '逾期情况', '说明', '链接'];

export const renderDigest = ({ unitName, rows, runDate, adminUrl }: DigestInput): RenderedDigest => {
  assertValidInstant(runDate, 'runDate');
  const day = formatDateZh(shanghaiDateOf(runDate));
  const unit = oneLine(unitName);
  const subject = `【内容保障提醒】${unit}：${summaryOf(rows)}（${day}）`;
  const cells = rows.map((row, index) => [
    String(index + 1),
    row.kindLabel.zh,
    oneLine(row.subject),
    oneLine(row.rule),
    row.dueDate ?? '—',
    latenessText(row),
    oneLine(row.detail),
    row.link ? absoluteLink(adminUrl, row.link) : '',
  ]);
  const intro = rows.length > 0 ? `截至${day}，贵单位负责的以下${rows.length}项内容保障事项需要处理：` : `截至${day}，贵单位暂无逾期或即将到期的内容保障事项。`;
  const footer = '本邮件由政府网站内容保障系统自动发送，请勿直接回复。';

  const text = [
    `${unit}：`,
    '',
    intro,
    ...(rows.length > 0 ? ['', HEADERS.join(' | '), ...cells.map((line) => line.join(' | '))] : []),
    '',
    footer,
    '',
  ].join('\n');

  const th = HEADERS.map((header) => `<th style="border:1px solid #ccc;padding:4px 8px;background:#f5f5f5">${escapeHtml(header)}</th>`).join('');
  const tr = cells
    .map((line) => {
      const tds = line.map((cell, index) => {
        const content =
          index === line.length - 1 && cell !== '' ? `<a href="${escapeHtml(cell)}">查看</a>` : escapeHtml(cell);
        return `<td style="border:1px solid #ccc;padding:4px 8px">${content}</td>`;
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('\n');
  const table = rows.length > 0 ? `<table style="border-collapse:collapse;font-size:14px">\n<thead><tr>${th}</tr></thead>\n<tbody>\n${tr}\n</tbody>\n</table>` : '';
  const html = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif">',
    `<p>${escapeHtml(unit)}：</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    table,
    `<p style="color:#888">${escapeHtml(footer)}</p>`,
    '</body></html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');

  return { subject, text, html };
};
