import { formatChineseDateTime, shanghaiParts, toInstant } from '@content-assurance/kit/shared';
import type { Duty, Label, PersonRef } from './types';
import type { LevelSnapshot } from './workflow';

/**
 * The approval sheet (政府网站信息发布审批单, attachment 4 of seed 000): the paper form a unit files
 * for each published item, here filled from the review record.
 *
 * Boxes and where they come from
 * - 发布时间 / 发布人: the publication (time in Beijing time, YYYY年M月D日 HH:mm); empty before it.
 * - 发布单位 (and 单位 in the header): the unit that owns the item.
 * - 拟办人: the author (the information officer who drafted it).
 * - 审稿人: the section reviewer(s) (科室审核 'section-reviewer') who approved.
 * - 发布内容: the title; 发布栏目: the column path (频道 > 栏目).
 * - 科室意见: opinions of the unit's working levels — the section reviewer (初审) and the
 *   confidentiality reviewer (保密审核); the form has no box of its own for 保密审核 and both are
 *   unit-internal checks before the leaders sign. Levels of any other duty a custom workflow may
 *   define (information officer, site administrator) also go here, under their level name.
 * - 主管领导意见: the leader in charge (分管负责人审签).
 * - 主要领导意见: the principal leader (主要负责人审签), only for important items.
 * Each opinion is listed with its level name, signer and time. Only approvals are shown (the sheet
 * records the round that let the item be published; rejections are in the audit trail). When the
 * round's `levels` are given, a level without an approval is shown as 待审核 (an urgent item whose
 * review is not complete), and a leader box no level maps to as 不适用.
 */

export interface SheetDecision {
  levelKey: string;
  /** The level's name; taken from `levels` when absent. */
  levelName?: Label | null;
  duty: Duty;
  actor: PersonRef;
  decision: 'approve' | 'reject';
  opinion: string | null;
  at: string | Date;
}

export interface ApprovalSheetInput {
  /** 序号 (the unit's own numbering), optional. */
  serialNumber?: string | null;
  /** 发布内容 */
  title: string;
  /** 发布栏目: from the channel down, e.g. ['政务公开', '通知公告']. */
  columnPath: readonly string[];
  /** 发布单位 */
  unitName: string;
  /** 拟办人 */
  author: PersonRef | string | null;
  decisions: readonly SheetDecision[];
  /** The levels of the round (frozen at submission); lets the sheet show pending and not-applicable boxes. */
  levels?: readonly LevelSnapshot[] | null;
  /** 发布人 */
  publisher: PersonRef | string | null;
  /** 发布时间 */
  publishedAt: Date | string | null;
  /** Published urgently (先发布后补审). */
  urgent?: { reason: string; by: PersonRef | string; at: Date | string } | null;
}

export type SheetFieldKey =
  | 'publishedAt'
  | 'unit'
  | 'drafter'
  | 'reviewers'
  | 'content'
  | 'column'
  | 'sectionOpinion'
  | 'leaderOpinion'
  | 'principalOpinion'
  | 'publisher';

export interface SheetOpinion {
  levelKey: string;
  levelName: string;
  duty: Duty;
  /** 'approved', or 'pending' for a level of the round not yet approved. */
  state: 'approved' | 'pending';
  signer: string | null;
  opinion: string | null;
  /** ISO instant. */
  at: string | null;
  /** Beijing time, YYYY年M月D日 HH:mm. */
  atText: string | null;
}

export interface SheetField {
  key: SheetFieldKey;
  label: Label;
  /** The box's text as printed. */
  value: string;
  /** For the three opinion boxes. */
  opinions?: SheetOpinion[];
  /** An opinion box no level of the round maps to. */
  notApplicable?: boolean;
}

export interface ApprovalSheet {
  title: Label;
  serialNumber: string;
  unit: string;
  fields: Record<SheetFieldKey, SheetField>;
  notes: string[];
}

/**
 * 序号: sheets are numbered per reviewing unit and year (Beijing time of the approval that completed
 * the round), e.g. 市生态环境局 2026 年第 12 号. The number is stored once given (see the sheet-numbers
 * repository); these helpers only say which year it belongs to and how it is printed.
 */
export const sheetYear = (approvedAt: Date | string): number => shanghaiParts(approvedAt).year;

export const formatSerialNumber = (unitName: string, year: number, number: number): string =>
  `${unitName ? `${unitName} ` : ''}${year} 年第 ${number} 号`;

/** A round whose review is complete (every level approved): its sheet gets a number. */
export const roundApproved = (state: { round: number; levelIndex: number | null; approvedHash: string | null }): boolean =>
  state.round > 0 && state.levelIndex === null && state.approvedHash !== null;

export const SHEET_TITLE: Label = { zh: '政府网站信息发布审批单', en: 'Approval sheet for publishing on the government website' };

export const SHEET_LABELS: Readonly<Record<SheetFieldKey, Label>> = {
  publishedAt: { zh: '发布时间', en: 'Publication time' },
  unit: { zh: '发布单位', en: 'Publishing unit' },
  drafter: { zh: '拟办人', en: 'Drafted by' },
  reviewers: { zh: '审稿人', en: 'Reviewed by' },
  content: { zh: '发布内容', en: 'Content' },
  column: { zh: '发布栏目', en: 'Column' },
  sectionOpinion: { zh: '科室意见', en: 'Section opinion' },
  leaderOpinion: { zh: '主管领导意见', en: 'Opinion of the leader in charge' },
  principalOpinion: { zh: '主要领导意见', en: 'Opinion of the principal leader' },
  publisher: { zh: '发布人', en: 'Published by' },
};

type OpinionBox = 'sectionOpinion' | 'leaderOpinion' | 'principalOpinion';

/** Which box a level's opinion goes to. */
export const opinionBoxOf = (duty: Duty): OpinionBox =>
  duty === 'leader-in-charge' ? 'leaderOpinion' : duty === 'principal-leader' ? 'principalOpinion' : 'sectionOpinion';

const nameOf = (p: PersonRef | string | null | undefined): string => (p === null || p === undefined ? '' : typeof p === 'string' ? p : p.name);

const opinionLine = (o: SheetOpinion): string =>
  o.state === 'pending'
    ? `${o.levelName}：待审核`
    : `${o.levelName}：${o.opinion ?? '审核通过'}（${o.signer ?? ''}，${o.atText ?? ''}）`;

export const buildApprovalSheet = (input: ApprovalSheetInput): ApprovalSheet => {
  const levels = input.levels ?? null;
  const approvals = input.decisions.filter((d) => d.decision === 'approve');
  const boxes: Record<OpinionBox, SheetOpinion[]> = { sectionOpinion: [], leaderOpinion: [], principalOpinion: [] };

  const levelName = (key: string, given: Label | null | undefined): string =>
    given?.zh ?? levels?.find((l) => l.key === key)?.name.zh ?? key;

  const toOpinion = (d: SheetDecision): SheetOpinion => {
    const at = toInstant(d.at, 'decision time');
    return {
      levelKey: d.levelKey,
      levelName: levelName(d.levelKey, d.levelName),
      duty: d.duty,
      state: 'approved',
      signer: d.actor.name,
      opinion: d.opinion !== null && d.opinion.trim() !== '' ? d.opinion.trim() : null,
      at: at.toISOString(),
      atText: formatChineseDateTime(at),
    };
  };

  if (levels) {
    // In the order of the round's levels; a level without an approval is pending.
    for (const level of levels) {
      const d = approvals.find((a) => a.levelKey === level.key);
      boxes[opinionBoxOf(level.duty)].push(
        d
          ? toOpinion(d)
          : { levelKey: level.key, levelName: level.name.zh, duty: level.duty, state: 'pending', signer: null, opinion: null, at: null, atText: null },
      );
    }
    // Approvals at levels the round does not list (should not happen) are kept, not hidden.
    for (const d of approvals) if (!levels.some((l) => l.key === d.levelKey)) boxes[opinionBoxOf(d.duty)].push(toOpinion(d));
  } else {
    for (const d of approvals) boxes[opinionBoxOf(d.duty)].push(toOpinion(d));
  }

  const opinionField = (key: OpinionBox): SheetField => {
    const opinions = boxes[key];
    const notApplicable = levels !== null && opinions.length === 0 && key !== 'sectionOpinion';
    return {
      key,
      label: SHEET_LABELS[key],
      value: notApplicable ? '不适用' : opinions.map(opinionLine).join('\n'),
      opinions,
      ...(notApplicable ? { notApplicable: true } : {}),
    };
  };

  const reviewers = [...new Set(approvals.filter((d) => d.duty === 'section-reviewer').map((d) => d.actor.name))];
  const field = (key: SheetFieldKey, value: string): SheetField => ({ key, label: SHEET_LABELS[key], value });
  const notes: string[] = [];
  if (input.urgent) {
    notes.push(
      `紧急发布（先发布、后补审）：${input.urgent.reason.trim()}。操作人：${nameOf(input.urgent.by)}，${formatChineseDateTime(input.urgent.at)}`,
    );
  }

  return {
    title: SHEET_TITLE,
    serialNumber: input.serialNumber ?? '',
    unit: input.unitName,
    fields: {
      publishedAt: field('publishedAt', input.publishedAt === null ? '' : formatChineseDateTime(input.publishedAt)),
      unit: field('unit', input.unitName),
      drafter: field('drafter', nameOf(input.author)),
      reviewers: field('reviewers', reviewers.join('、')),
      content: field('content', input.title),
      column: field('column', input.columnPath.join(' > ')),
      sectionOpinion: opinionField('sectionOpinion'),
      leaderOpinion: opinionField('leaderOpinion'),
      principalOpinion: opinionField('principalOpinion'),
      publisher: field('publisher', nameOf(input.publisher)),
    },
    notes,
  };
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

const cell = (text: string): string => (text === '' ? '&nbsp;' : escapeHtml(text).replace(/\n/g, '<br>'));

const opinionCell = (f: SheetField): string => {
  if (f.notApplicable) return '<span class="na">不适用</span>';
  const opinions = f.opinions ?? [];
  if (opinions.length === 0) return '&nbsp;';
  return opinions
    .map((o) =>
      o.state === 'pending'
        ? `<div class="opinion pending"><span class="level">${escapeHtml(o.levelName)}</span>：待审核</div>`
        : `<div class="opinion"><p class="text"><span class="level">${escapeHtml(o.levelName)}</span>：${cell(o.opinion ?? '审核通过')}</p>` +
          `<p class="sign">签字：${escapeHtml(o.signer ?? '')}　　${escapeHtml(o.atText ?? '')}</p></div>`,
    )
    .join('');
};

const STYLE = `
  @page { size: A4 portrait; margin: 20mm 18mm; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; }
  body { font-family: "FangSong", "STFangsong", "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 14pt; color: #000; background: #f2f2f2; }
  .sheet { width: 210mm; min-height: 297mm; margin: 10mm auto; padding: 20mm 18mm; background: #fff; }
  h1 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 20pt; font-weight: bold; text-align: center; letter-spacing: 2pt; margin: 0 0 8mm; }
  .meta { display: flex; justify-content: space-between; margin: 0 0 3mm; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  th, td { border: 1px solid #000; padding: 2.5mm 3mm; vertical-align: middle; word-break: break-all; }
  th { width: 28mm; font-weight: normal; text-align: center; }
  td { text-align: left; }
  tr.tall td { height: 38mm; vertical-align: top; }
  .opinion + .opinion { margin-top: 3mm; border-top: 1px dashed #999; padding-top: 2mm; }
  .opinion p { margin: 0; }
  .opinion .sign { text-align: right; margin-top: 2mm; }
  .pending, .na { color: #555; }
  .notes { margin-top: 4mm; font-size: 11pt; }
  @media print {
    body { background: none; }
    .sheet { width: auto; min-height: 0; margin: 0; padding: 0; }
    table, tr { page-break-inside: avoid; break-inside: avoid; }
  }
`;

/** A complete printable page (A4, Chinese), laid out like the paper form; every value HTML-escaped. */
export const renderApprovalSheetHtml = (sheet: ApprovalSheet): string => {
  const f = sheet.fields;
  const row2 = (a: SheetField, b: SheetField): string =>
    `<tr><th>${escapeHtml(a.label.zh)}</th><td>${cell(a.value)}</td><th>${escapeHtml(b.label.zh)}</th><td>${cell(b.value)}</td></tr>`;
  const row1 = (a: SheetField): string => `<tr><th>${escapeHtml(a.label.zh)}</th><td colspan="3">${cell(a.value)}</td></tr>`;
  const opinionRow = (a: SheetField): string =>
    `<tr class="tall"><th>${escapeHtml(a.label.zh)}</th><td colspan="3">${opinionCell(a)}</td></tr>`;
  const notes = sheet.notes.length > 0 ? `<div class="notes">${sheet.notes.map((n) => `<p>备注：${escapeHtml(n)}</p>`).join('')}</div>` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(sheet.title.zh)}｜${escapeHtml(f.content.value)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="sheet">
<h1>${escapeHtml(sheet.title.zh)}</h1>
<div class="meta"><span>序号：${cell(sheet.serialNumber)}</span><span>单位：${cell(sheet.unit)}</span></div>
<table>
<colgroup><col style="width:28mm"><col><col style="width:28mm"><col></colgroup>
${row2(f.publishedAt, f.unit)}
${row2(f.drafter, f.reviewers)}
${row1(f.content)}
${row1(f.column)}
${opinionRow(f.sectionOpinion)}
${opinionRow(f.leaderOpinion)}
${opinionRow(f.principalOpinion)}
${row1(f.publisher)}
</table>
${notes}
</main>
</body>
</html>
`;
};
