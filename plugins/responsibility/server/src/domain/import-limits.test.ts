import { DEFAULT_IMPORT_LIMITS, formatBytes, limitMessages, resolveImportLimits } from './import-limits';

describe('import limits', () => {
  it('defaults bound the file, rows, columns and merged ranges', () => {
    expect(DEFAULT_IMPORT_LIMITS).toMatchObject({ maxFileBytes: 2 * 1024 * 1024, maxRows: 5000, maxColumns: 50, maxMergedRanges: 2000 });
  });

  it('takes configured values over the defaults', () => {
    const limits = resolveImportLimits({ maxRows: 100, maxFileBytes: undefined });
    expect(limits.maxRows).toBe(100);
    expect(limits.maxFileBytes).toBe(DEFAULT_IMPORT_LIMITS.maxFileBytes);
    expect(resolveImportLimits(undefined)).toEqual(DEFAULT_IMPORT_LIMITS);
  });

  it.each([[{ maxRows: 0 }], [{ maxRows: -1 }], [{ maxRows: 1.5 }], [{ maxRows: '5000' }], [{ maxRowz: 5 }]])('refuses %j', (configured) => {
    expect(() => resolveImportLimits(configured as never)).toThrow(/importLimits/);
  });

  it('writes sizes as a person reads them', () => {
    expect(formatBytes(2 * 1024 * 1024)).toBe('2 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(900)).toBe('900 bytes');
  });

  it('messages in both languages, each with the limit', () => {
    const message = limitMessages.fileTooLarge({ maxFileBytes: 5 * 1024 * 1024 });
    expect(message).toEqual({ 'zh-Hans': '文件过大（最大 5 MB）。', en: 'The file is too large (5 MB at most).' });
    const rows = limitMessages.tooManyRows(6001, { maxRows: 5000 });
    expect(rows['zh-Hans']).toMatch(/^表格行数过多：共 6,001 行，最多 5,000 行/);
    expect(rows.en).toMatch(/too many rows: 6,001, at most 5,000/);
  });
});
