import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

import { DEFAULT_IMPORT_LIMITS, limitMessages, type ImportLimits } from '../domain/import-limits';
import { checkShape, decodeCsv, physicalLines, rowsFromCells, unescapeFormulaCell, isXlsx, type RawRow, type TableFile } from '../domain/table-file';

/**
 * Reading the bytes of a responsibility table file (CSV with csv-parse, XLSX with exceljs) into the raw
 * rows the pure domain turns into table rows (domain/table-file.ts).
 */

const csvRows = (text: string): RawRow[] => {
  const records = parse(text, { relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ line: info.lines, cells: record.map((cell) => unescapeFormulaCell(cell.trim()).trim()) }));
};

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
};

const xlsxRows = async (bytes: Uint8Array): Promise<RawRow[]> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, line) => {
    const cells: string[] = [];
    for (let index = 1; index <= row.cellCount; index += 1) {
      const cell = row.getCell(index);
      // A merged cell holds its value in the master cell only; the original merges 一级栏目 over rows.
      cells.push(unescapeFormulaCell(cellText(cell.isMerged ? cell.master.value : cell.value).trim()).trim());
    }
    rows.push({ line, cells });
  });
  return rows;
};

/**
 * Read a CSV (UTF-8) or XLSX responsibility table from its bytes, within the limits. An XLSX must
 * have passed the inspection of its zip (services/xlsx-zip.ts) before: exceljs builds every cell.
 */
export const readTableFile = async (bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<TableFile> => {
  if (bytes.length === 0) return { rows: [], problems: [{ line: 0, message: { 'zh-Hans': '文件为空', en: 'The file is empty' } }] };
  if (bytes.length > limits.maxFileBytes) return { rows: [], problems: [{ line: 0, message: limitMessages.fileTooLarge(limits) }] };
  if (isXlsx(bytes)) {
    try {
      const raw = await xlsxRows(bytes);
      const tooLarge = checkShape(raw, limits);
      return tooLarge ? { rows: [], problems: [tooLarge] } : rowsFromCells(raw);
    } catch (error) {
      return { rows: [], problems: [{ line: 0, message: { 'zh-Hans': `无法读取 XLSX 文件：${(error as Error).message}`, en: `Unreadable XLSX file: ${(error as Error).message}` } }] };
    }
  }
  const decoded = decodeCsv(bytes);
  if ('problem' in decoded) return { rows: [], problems: [decoded.problem] };
  // Count the lines before parsing: a file of a million empty lines is refused without building a million records.
  const lines = physicalLines(decoded.text);
  if (lines > limits.maxRows) return { rows: [], problems: [{ line: 0, message: limitMessages.tooManyRows(lines, limits) }] };
  try {
    const raw = csvRows(decoded.text);
    const tooLarge = checkShape(raw, limits);
    return tooLarge ? { rows: [], problems: [tooLarge] } : rowsFromCells(raw);
  } catch (error) {
    return { rows: [], problems: [{ line: 0, message: { 'zh-Hans': `无法解析 CSV 文件：${(error as Error).message}`, en: `Unreadable CSV file: ${(error as Error).message}` } }] };
  }
};
