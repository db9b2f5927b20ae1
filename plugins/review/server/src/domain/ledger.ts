import { formatDateValue, formatIsoLikeDateTime } from './shanghai-time';
import type { Duty, Label, PersonRef } from './types';

/**
 * The submission ledger (信息报送台账, seed 003 art. 20): at least 序号, 信息名称, 信息来源(作者),
 * 写作时间, 保密审核人, 分管负责人, 报送时间, 信息类型(文、图、表、音视频等), 备注.
 *
 * Times are Beijing time in sortable spreadsheet form: 报送时间 'YYYY-MM-DD HH:mm'; 写作时间 is a
 * calendar date ('YYYY-MM-DD' kept as is, an instant shown as its Beijing date). 保密审核人 and
 * 分管负责人 are the people who approved at those duties' levels (several names joined by 、).
 */

export type InfoType = 'text' | 'image' | 'table' | 'audio-video';

export const INFO_TYPE_LABELS: Readonly<Record<InfoType, string>> = {
  text: '文',
  image: '图',
  table: '表',
  'audio-video': '音视频',
};

export interface LedgerItem {
  /** 信息名称 */
  title: string;
  /** The source unit or publication (来源), optional. */
  source?: string | null;
  /** The author (作者). */
  author?: string | null;
  /** 写作时间: a 'YYYY-MM-DD' date or an instant. */
  writtenAt?: string | Date | null;
  /** 报送时间: when it was submitted (the submission of the approved round). */
  submittedAt?: string | Date | null;
  infoType: InfoType;
  /** The decisions of the round; approvals give the 保密审核人 and 分管负责人. */
  decisions?: readonly { duty: Duty; actor: PersonRef; decision: 'approve' | 'reject' }[];
  /** 备注 */
  remarks?: string | null;
}

export interface LedgerRow {
  seq: number;
  title: string;
  source: string;
  writtenAt: string;
  confidentialityReviewer: string;
  leaderInCharge: string;
  submittedAt: string;
  infoType: string;
  remarks: string;
}

export const LEDGER_COLUMNS: readonly { key: keyof LedgerRow; label: Label }[] = [
  { key: 'seq', label: { zh: '序号', en: 'No.' } },
  { key: 'title', label: { zh: '信息名称', en: 'Title' } },
  { key: 'source', label: { zh: '信息来源(作者)', en: 'Source (author)' } },
  { key: 'writtenAt', label: { zh: '写作时间', en: 'Written on' } },
  { key: 'confidentialityReviewer', label: { zh: '保密审核人', en: 'Confidentiality reviewer' } },
  { key: 'leaderInCharge', label: { zh: '分管负责人', en: 'Leader in charge' } },
  { key: 'submittedAt', label: { zh: '报送时间', en: 'Submitted at' } },
  { key: 'infoType', label: { zh: '信息类型', en: 'Type' } },
  { key: 'remarks', label: { zh: '备注', en: 'Remarks' } },
];

const approversOf = (item: LedgerItem, duty: Duty): string =>
  [...new Set((item.decisions ?? []).filter((d) => d.decision === 'approve' && d.duty === duty).map((d) => d.actor.name))].join('、');

/** 来源（作者）: "市教育局（张三）", or whichever of the two is known. */
const sourceOf = (item: LedgerItem): string => {
  const source = item.source?.trim() ?? '';
  const author = item.author?.trim() ?? '';
  if (source && author) return `${source}（${author}）`;
  return source || author;
};

/** One row per item, numbered from 1 in the given order. */
export const ledgerRows = (items: readonly LedgerItem[]): LedgerRow[] =>
  items.map((item, i) => ({
    seq: i + 1,
    title: item.title,
    source: sourceOf(item),
    writtenAt: item.writtenAt ? formatDateValue(item.writtenAt) : '',
    confidentialityReviewer: approversOf(item, 'confidentiality-reviewer'),
    leaderInCharge: approversOf(item, 'leader-in-charge'),
    submittedAt: item.submittedAt ? formatIsoLikeDateTime(item.submittedAt) : '',
    infoType: INFO_TYPE_LABELS[item.infoType] ?? String(item.infoType),
    remarks: item.remarks?.trim() ?? '',
  }));
