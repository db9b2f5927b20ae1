import type { Messages } from '@content-assurance/kit/shared';
/**
 * Bounds of a table import (导入上限). An upload is measured against them before it is parsed, so a
 * small file that unpacks into something huge (a merged range over a whole sheet, a zip bomb, a
 * million empty rows) is refused in milliseconds with a message a person can act on, instead of
 * growing the server until it dies. The real table (附件1) has about 200 rows and 7 columns.
 */
export interface ImportLimits {
  /** The uploaded file, in bytes. */
  maxFileBytes: number;
  /** Rows of the sheet or lines of the CSV, header and section rows included. */
  maxRows: number;
  /** Columns of the sheet or fields of a CSV line. */
  maxColumns: number;
  /** Merged ranges (合并单元格) over all sheets. */
  maxMergedRanges: number;
  /** Cells covered by merged ranges, all ranges of all sheets together. */
  maxMergedCells: number;
  /** All the XML inside an XLSX, unpacked. */
  maxUnpackedBytes: number;
  /** Entries of the XLSX zip. */
  maxZipEntries: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 2 * 1024 * 1024,
  maxRows: 5000,
  maxColumns: 50,
  maxMergedRanges: 2000,
  maxMergedCells: 50_000,
  maxUnpackedBytes: 40 * 1024 * 1024,
  maxZipEntries: 200,
});

const LIMIT_KEYS = Object.keys(DEFAULT_IMPORT_LIMITS) as (keyof ImportLimits)[];

/** Defaults with the configured values over them; a value that is not a positive integer is an error. */
export const resolveImportLimits = (configured: Partial<Record<keyof ImportLimits, unknown>> | null | undefined): ImportLimits => {
  const limits = { ...DEFAULT_IMPORT_LIMITS };
  for (const [key, value] of Object.entries(configured ?? {})) {
    if (!LIMIT_KEYS.includes(key as keyof ImportLimits)) {
      throw new Error(`responsibility.importLimits: unknown limit "${key}" (use ${LIMIT_KEYS.join(', ')})`);
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      throw new Error(`responsibility.importLimits.${key} must be a positive whole number`);
    }
    limits[key as keyof ImportLimits] = value;
  }
  return limits;
};

/** "2 MB", "512 KB", "900 bytes" — as a person reads a size. */
export const formatBytes = (bytes: number): string => {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
};

const count = (n: number): string => n.toLocaleString('en-US');

/** Messages in both languages for each limit, with the number a person has to stay under. */
export const limitMessages = {
  fileTooLarge: (limits: Pick<ImportLimits, 'maxFileBytes'>): Messages =>
    ({ 'zh-Hans': `文件过大（最大 ${formatBytes(limits.maxFileBytes)}）。`, en: `The file is too large (${formatBytes(limits.maxFileBytes)} at most).` }),
  tooManyRows: (rows: number, limits: Pick<ImportLimits, 'maxRows'>): Messages =>
    ({ 'zh-Hans': `表格行数过多：共 ${count(rows)} 行，最多 ${count(limits.maxRows)} 行，请拆分后分批导入。`, en: `The table has too many rows: ${count(rows)}, at most ${count(limits.maxRows)}; split it and import the parts.` }),
  tooManyColumns: (columns: number, limits: Pick<ImportLimits, 'maxColumns'>): Messages =>
    ({ 'zh-Hans': `表格列数过多：共 ${count(columns)} 列，最多 ${count(limits.maxColumns)} 列，请删除多余的列。`, en: `The table has too many columns: ${count(columns)}, at most ${count(limits.maxColumns)}; delete the extra columns.` }),
  tooManyCells: (cells: number, limits: Pick<ImportLimits, 'maxRows' | 'maxColumns'>): Messages =>
    ({ 'zh-Hans': `表格单元格过多：共 ${count(cells)} 个，最多 ${count(limits.maxRows * limits.maxColumns)} 个。`, en: `The table has too many cells: ${count(cells)}, at most ${count(limits.maxRows * limits.maxColumns)}.` }),
  tooManyMergedRanges: (ranges: number, limits: Pick<ImportLimits, 'maxMergedRanges'>): Messages =>
    ({ 'zh-Hans': `合并单元格过多：共 ${count(ranges)} 处，最多 ${count(limits.maxMergedRanges)} 处，请取消多余的合并。`, en: `Too many merged ranges: ${count(ranges)}, at most ${count(limits.maxMergedRanges)}; unmerge the extra ones.` }),
  mergedRangeTooLarge: (ref: string, cells: number): Messages =>
    ({ 'zh-Hans': `合并单元格 ${ref} 超出表格范围（${count(cells)} 个单元格），请取消该合并后重新导入。`, en: `The merged range ${ref} reaches beyond the table (${count(cells)} cells); unmerge it and import again.` }),
  tooManyMergedCells: (cells: number, limits: Pick<ImportLimits, 'maxMergedCells'>): Messages =>
    ({ 'zh-Hans': `合并单元格覆盖的单元格过多：共 ${count(cells)} 个，最多 ${count(limits.maxMergedCells)} 个。`, en: `Merged ranges cover too many cells: ${count(cells)}, at most ${count(limits.maxMergedCells)}.` }),
  sheetTooLarge: (ref: string, limits: Pick<ImportLimits, 'maxRows' | 'maxColumns'>): Messages =>
    ({ 'zh-Hans': `工作表范围 ${ref} 过大（最多 ${count(limits.maxRows)} 行、${count(limits.maxColumns)} 列），请删除多余的行列后另存。`, en: `The sheet's range ${ref} is too large (at most ${count(limits.maxRows)} rows and ${count(limits.maxColumns)} columns); delete the extra rows and columns and save again.` }),
  unpackedTooLarge: (limits: Pick<ImportLimits, 'maxUnpackedBytes'>): Messages =>
    ({ 'zh-Hans': `XLSX 文件解压后过大（最大 ${formatBytes(limits.maxUnpackedBytes)}），请另存为新文件或改用 CSV。`, en: `The XLSX file unpacks to too much data (${formatBytes(limits.maxUnpackedBytes)} at most); save it as a new file or use CSV.` }),
  tooManyEntries: (entries: number, limits: Pick<ImportLimits, 'maxZipEntries'>): Messages =>
    ({ 'zh-Hans': `XLSX 文件内部结构异常（${count(entries)} 个部件，最多 ${count(limits.maxZipEntries)} 个）。`, en: `The XLSX file has an unusual structure (${count(entries)} parts, at most ${count(limits.maxZipEntries)}).` }),
  notXlsx: (reason: string): Messages =>
    ({ 'zh-Hans': `无法读取 XLSX 文件，请在 Excel 中另存为 XLSX 或 CSV UTF-8 后重新导入。`, en: `The XLSX file cannot be read (${reason}); save it again as XLSX or "CSV UTF-8" and import again.` }),
};
