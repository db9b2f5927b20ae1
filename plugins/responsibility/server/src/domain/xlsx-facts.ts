import { limitMessages, type ImportLimits } from './import-limits';
import { uniqueMessages, type Messages } from '@content-assurance/kit/shared';

/**
 * What an XLSX holds, read cheaply from its sheet XML before a spreadsheet library builds it in
 * memory (exceljs creates an object for every cell of a merged range: `A3:XFD1048576` is 17 billion
 * cells). The zip is opened elsewhere (services/xlsx-zip.ts); here only text is scanned and the
 * numbers checked against the limits — pure, no I/O.
 */

/** Columns of Excel: A…XFD (16,384); rows 1…1,048,576. */
export const EXCEL_MAX_COLUMN = 16_384;
export const EXCEL_MAX_ROW = 1_048_576;

export interface CellRef {
  /** 1-based row. */
  row: number;
  /** 1-based column (A = 1). */
  column: number;
}

export interface RangeRef {
  from: CellRef;
  to: CellRef;
  rows: number;
  columns: number;
  cells: number;
}

/** "B7" (also "$B$7") → { row: 7, column: 2 }; null when it is no cell reference. */
export const parseCellRef = (ref: string): CellRef | null => {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > EXCEL_MAX_ROW || column > EXCEL_MAX_COLUMN) return null;
  return { row, column };
};

/** "A3:XFD1048576" or "C4" → its corners and size; null when it is no range reference. */
export const parseRangeRef = (ref: string): RangeRef | null => {
  const [first, second, ...rest] = ref.trim().split(':');
  if (rest.length > 0 || !first) return null;
  const a = parseCellRef(first);
  const b = second === undefined ? a : parseCellRef(second);
  if (!a || !b) return null;
  const from = { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column) };
  const to = { row: Math.max(a.row, b.row), column: Math.max(a.column, b.column) };
  const rows = to.row - from.row + 1;
  const columns = to.column - from.column + 1;
  return { from, to, rows, columns, cells: rows * columns };
};

/** The facts of one worksheet that bound what parsing it costs. */
export interface SheetFacts {
  /** The sheet's own claim of its used range (<dimension ref="A1:G94"/>), as written. */
  dimension: string | null;
  /** The highest row number and column a <row>/<c> element names (or their count, when they name none). */
  lastRow: number;
  lastColumn: number;
  /** <c> elements. */
  cells: number;
  mergedRanges: number;
  /** Cells covered by the merged ranges together. */
  mergedCells: number;
  /** The first merged range that reaches beyond the limits of rows or columns, or is no valid range. */
  oversizedMerge: { ref: string; cells: number } | null;
}

const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';
const ATTR = (name: string) => `\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`;
const DIMENSION = new RegExp(`<${PREFIX}dimension\\b[^>]*?${ATTR('ref')}`);
const MERGE = new RegExp(`<${PREFIX}mergeCell\\b[^>]*?${ATTR('ref')}`, 'g');
const ROW = new RegExp(`<${PREFIX}row\\b([^>]*)>`, 'g');
const CELL = new RegExp(`<${PREFIX}c\\b([^>]*)>`, 'g');
const ROW_NUMBER = new RegExp(ATTR('r'));

/**
 * Scan one worksheet's XML. Stops counting merges early once one is too large (the answer is then
 * already known); everything else is a single pass of regular expressions over the text.
 */
export const scanSheetXml = (xml: string, limits: Pick<ImportLimits, 'maxRows' | 'maxColumns'>): SheetFacts => {
  const dimensionMatch = DIMENSION.exec(xml);
  const facts: SheetFacts = {
    dimension: dimensionMatch ? (dimensionMatch[1] ?? dimensionMatch[2] ?? null) : null,
    lastRow: 0,
    lastColumn: 0,
    cells: 0,
    mergedRanges: 0,
    mergedCells: 0,
    oversizedMerge: null,
  };

  let rowElements = 0;
  for (const match of xml.matchAll(ROW)) {
    rowElements += 1;
    const r = ROW_NUMBER.exec(match[1]);
    const number = r ? Number(r[1] ?? r[2]) : rowElements;
    if (Number.isFinite(number) && number > facts.lastRow) facts.lastRow = number;
  }
  if (rowElements > facts.lastRow) facts.lastRow = rowElements;

  for (const match of xml.matchAll(CELL)) {
    facts.cells += 1;
    const r = ROW_NUMBER.exec(match[1]);
    const cell = r ? parseCellRef(r[1] ?? r[2]) : null;
    if (cell && cell.column > facts.lastColumn) facts.lastColumn = cell.column;
    if (cell && cell.row > facts.lastRow) facts.lastRow = cell.row;
  }

  for (const match of xml.matchAll(MERGE)) {
    facts.mergedRanges += 1;
    if (facts.oversizedMerge) continue;
    const ref = match[1] ?? match[2] ?? '';
    const range = parseRangeRef(ref);
    if (!range) {
      facts.oversizedMerge = { ref, cells: 0 };
      continue;
    }
    facts.mergedCells += range.cells;
    if (range.to.row > limits.maxRows || range.to.column > limits.maxColumns) facts.oversizedMerge = { ref, cells: range.cells };
  }
  return facts;
};

/** Every limit a worksheet exceeds, in both languages (empty when it is within bounds). */
export const checkSheetFacts = (facts: SheetFacts, limits: ImportLimits): Messages[] => {
  const problems: Messages[] = [];
  if (facts.oversizedMerge) problems.push(limitMessages.mergedRangeTooLarge(facts.oversizedMerge.ref, facts.oversizedMerge.cells));
  if (facts.mergedRanges > limits.maxMergedRanges) problems.push(limitMessages.tooManyMergedRanges(facts.mergedRanges, limits));
  if (!facts.oversizedMerge && facts.mergedCells > limits.maxMergedCells) problems.push(limitMessages.tooManyMergedCells(facts.mergedCells, limits));
  const dimension = facts.dimension ? parseRangeRef(facts.dimension) : null;
  if (dimension && (dimension.to.row > limits.maxRows || dimension.to.column > limits.maxColumns)) {
    problems.push(limitMessages.sheetTooLarge(facts.dimension!, limits));
  }
  if (facts.lastRow > limits.maxRows) problems.push(limitMessages.tooManyRows(facts.lastRow, limits));
  if (facts.lastColumn > limits.maxColumns) problems.push(limitMessages.tooManyColumns(facts.lastColumn, limits));
  else if (facts.cells > limits.maxRows * limits.maxColumns) problems.push(limitMessages.tooManyCells(facts.cells, limits));
  return uniqueMessages(problems);
};

/** The XML parts of an XLSX that describe worksheets. */
export const isWorksheetPart = (path: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(path);
