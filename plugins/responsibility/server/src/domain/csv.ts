import { parse } from 'csv-parse/sync';

import { TABLE_FIELDS, type TableRow } from './table';

/** Rows of a CSV in the table's English shape (channel,column,subcolumn,content,method,frequency,units). */
export const readTableCsv = (text: string): TableRow[] => {
  const records: Record<string, string>[] = parse(text.replace(/^\uFEFF/, ''), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return records.map((record, index) => {
    const row = { line: index + 2 } as TableRow;
    for (const field of TABLE_FIELDS) row[field] = record[field] ?? '';
    return row;
  });
};
