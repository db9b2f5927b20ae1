import { limitMessages, type ImportLimits } from './import-limits';
import { normalizeName } from './names';
import { TABLE_FIELDS, type TableField, type TableRow } from './table';
import type { Messages } from '@content-assurance/kit/shared';

/**
 * Reading the responsibility table from a file, as a person keeps it: the CSV shape of
 * database/seed (channel,column,subcolumn,content,method,frequency,units), or the Chinese headers of
 * the original attachment (频道, 一级栏目, 二级栏目, 主要发布内容, 保障方式, 保障时限, 保障单位), in CSV
 * (UTF-8) or XLSX. The original lays channels out as section rows ("一、走进双鸭山频道") above the
 * header, repeats the header per section and merges 一级栏目 cells over several rows: all understood.
 * Pure: the bytes are parsed into raw rows by services/table-file-reader.ts (csv-parse, exceljs).
 */

export interface FileProblem {
  /** 1-based line (CSV) or row (XLSX) number; 0 for the file as a whole. */
  line: number;
  field?: TableField;
  /** In both languages: the answer carries the person's (controllers/table.ts, the error middleware). */
  message: Messages;
}

export interface TableFile {
  rows: TableRow[];
  problems: FileProblem[];
}

/** Header names → field. English names of the CSV shape, Chinese names of the original. */
const HEADER_ALIASES: Record<string, TableField> = {
  channel: 'channel',
  column: 'column',
  subcolumn: 'subcolumn',
  content: 'content',
  method: 'method',
  frequency: 'frequency',
  units: 'units',
  频道: 'channel',
  一级栏目: 'column',
  二级栏目: 'subcolumn',
  三级栏目: 'subcolumn',
  子栏目: 'subcolumn',
  主要发布内容: 'content',
  发布内容: 'content',
  保障方式: 'method',
  保障时限: 'frequency',
  更新频率: 'frequency',
  保障单位: 'units',
  责任单位: 'units',
};

export const FIELD_LABELS: Record<TableField, { zh: string; en: string }> = {
  channel: { zh: '频道', en: 'channel' },
  column: { zh: '一级栏目', en: 'column' },
  subcolumn: { zh: '二级栏目', en: 'subcolumn' },
  content: { zh: '主要发布内容', en: 'content' },
  method: { zh: '保障方式', en: 'method' },
  frequency: { zh: '保障时限', en: 'frequency' },
  units: { zh: '保障单位', en: 'units' },
};

/** Fields a table must have a header for (the channel may come from section rows instead). */
const REQUIRED_HEADERS: TableField[] = ['column', 'content', 'method', 'frequency', 'units'];

const SECTION_ROW = /^(?:[一二三四五六七八九十]+[、.．]\s*)?(.+?)频道$/;

const headerField = (cell: string): TableField | undefined => HEADER_ALIASES[normalizeName(cell).toLowerCase()] ?? HEADER_ALIASES[normalizeName(cell)];

/** An XLSX (a zip: PK\\x03\\x04) rather than a CSV. */
export const isXlsx = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Decode a CSV's bytes as UTF-8 (BOM allowed); anything else is reported, not guessed. */
export const decodeCsv = (bytes: Uint8Array): { text: string } | { problem: FileProblem } => {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    let hint = '';
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      hint = '（看起来是 GBK/GB18030 编码 / looks like GBK/GB18030）';
    } catch {
      /* not GBK either */
    }
    return {
      problem: {
        line: 0,
        message: {
          'zh-Hans': `文件不是 UTF-8 编码${hint}：请在 Excel 中另存为“CSV UTF-8”或 XLSX 后重新导入`,
          en: 'The file is not UTF-8 encoded: save it as "CSV UTF-8" or XLSX and import again',
        },
      },
    };
  }
};

/** Raw rows of cells with their 1-based line numbers. */
export type RawRow = { line: number; cells: string[] };

/**
 * Our CSV exports neutralise cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR
 * at the start) with a leading apostrophe; reading such a file back takes the apostrophe off again,
 * so an exported table imports unchanged.
 */
export const unescapeFormulaCell = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Lines of a text as an editor numbers them (a last line without a newline counts, an empty one does not). */
export const physicalLines = (text: string): number => {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return text.length > 0 && !text.endsWith('\n') ? lines + 1 : lines;
};

/** Rows and columns within the limits; a bilingual problem for the first one exceeded. */
export const checkShape = (raw: readonly RawRow[], limits: Pick<ImportLimits, 'maxRows' | 'maxColumns'>): FileProblem | null => {
  const lastLine = raw.reduce((max, row) => Math.max(max, row.line), raw.length);
  if (lastLine > limits.maxRows) return { line: 0, message: limitMessages.tooManyRows(lastLine, limits) };
  const widest = raw.reduce((max, row) => Math.max(max, row.cells.length), 0);
  if (widest > limits.maxColumns) return { line: 0, message: limitMessages.tooManyColumns(widest, limits) };
  return null;
};

/** Turn raw rows into table rows: find the header, follow section rows, fill merged channel/column cells. */
export const rowsFromCells = (raw: RawRow[]): TableFile => {
  const problems: FileProblem[] = [];
  const rows: TableRow[] = [];
  let header: Map<TableField, number> | null = null;
  let channel = '';
  let column = '';

  for (const { line, cells } of raw) {
    const filled = cells.filter((cell) => cell.length > 0);
    if (filled.length === 0) continue;

    const fields = cells.map(headerField);
    if (fields.filter(Boolean).length >= 3) {
      // (Repeated) header row.
      const map = new Map<TableField, number>();
      fields.forEach((field, index) => field && !map.has(field) && map.set(field, index));
      const missing = REQUIRED_HEADERS.filter((field) => !map.has(field));
      if (missing.length > 0) {
        problems.push({
          line,
          message: { 'zh-Hans': `缺少表头：${missing.map((f) => FIELD_LABELS[f].zh).join('、')}`, en: `Missing header: ${missing.map((f) => FIELD_LABELS[f].en).join(', ')}` },
        });
        return { rows: [], problems };
      }
      header = map;
      continue;
    }

    const section = filled.length === 1 ? SECTION_ROW.exec(filled[0]) : null;
    if (section) {
      channel = section[1].trim();
      column = '';
      continue;
    }

    if (!header) {
      problems.push({
        line,
        message: {
          'zh-Hans': '找不到表头行：第一行应为 channel,column,subcolumn,content,method,frequency,units 或 一级栏目、二级栏目、主要发布内容、保障方式、保障时限、保障单位',
          en: 'No header row found: the first row should be channel,column,subcolumn,content,method,frequency,units',
        },
      });
      return { rows: [], problems };
    }

    const value = (field: TableField): string => {
      const index = header?.get(field);
      return index === undefined ? '' : cells[index] ?? '';
    };
    const ownChannel = value('channel') || channel;
    const ownColumn = value('column') || (value('channel') ? '' : column);
    if (header.has('channel') && value('channel')) channel = ownChannel;
    if (ownColumn) column = ownColumn;

    const row: TableRow = { line, channel: ownChannel, column: ownColumn, subcolumn: value('subcolumn'), content: value('content'), method: value('method'), frequency: value('frequency'), units: value('units') };
    if (!row.channel) problems.push({ line, field: 'channel', message: { 'zh-Hans': `第${line}行：缺少频道`, en: `Row ${line}: no channel` } });
    else if (!row.column) problems.push({ line, field: 'column', message: { 'zh-Hans': `第${line}行：缺少一级栏目`, en: `Row ${line}: no column` } });
    rows.push(row);
  }

  if (!header) problems.push({ line: 0, message: { 'zh-Hans': '文件为空或没有表头行', en: 'The file is empty or has no header row' } });
  else if (rows.length === 0) problems.push({ line: 0, message: { 'zh-Hans': '文件没有数据行', en: 'The file has no data rows' } });
  return { rows, problems };
};

export { TABLE_FIELDS };
