import { DEFAULT_IMPORT_LIMITS } from './import-limits';
import { checkSheetFacts, isWorksheetPart, parseCellRef, parseRangeRef, scanSheetXml } from './xlsx-facts';

const limits = DEFAULT_IMPORT_LIMITS;

const sheet = (body: string, dimension = 'A1:C3') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<dimension ref="${dimension}"/><sheetData>${body}</sheetData></worksheet>`;
const withMerges = (xml: string, refs: string[]) =>
  xml.replace('</worksheet>', `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells></worksheet>`);

describe('cell and range references', () => {
  it.each([
    ['A1', { row: 1, column: 1 }],
    ['$B$7', { row: 7, column: 2 }],
    ['Z10', { row: 10, column: 26 }],
    ['AA1', { row: 1, column: 27 }],
    ['XFD1048576', { row: 1048576, column: 16384 }],
  ])('%s', (ref, expected) => expect(parseCellRef(ref)).toEqual(expected));

  it.each(['', 'A0', '1A', 'XFE1', 'A1048577', 'ABCD1', 'A1:B2'])('%j is no cell', (ref) => expect(parseCellRef(ref)).toBeNull());

  it('measures a range, in either corner order, and a single cell', () => {
    expect(parseRangeRef('A3:XFD1048576')).toMatchObject({ rows: 1048574, columns: 16384, cells: 1048574 * 16384 });
    expect(parseRangeRef('C4:A2')).toMatchObject({ from: { row: 2, column: 1 }, to: { row: 4, column: 3 }, cells: 9 });
    expect(parseRangeRef('B2')).toMatchObject({ cells: 1 });
    expect(parseRangeRef('A1:B2:C3')).toBeNull();
    expect(parseRangeRef('A1:nonsense')).toBeNull();
  });
});

describe('scanning a worksheet', () => {
  const rows = '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2</v></c></row><row r="2"><c r="B2"/></row>';

  it('reads the dimension, last row and column, cells and merges', () => {
    const facts = scanSheetXml(withMerges(sheet(rows), ['A1:A2', 'B1:C1']), limits);
    expect(facts).toEqual({ dimension: 'A1:C3', lastRow: 2, lastColumn: 3, cells: 3, mergedRanges: 2, mergedCells: 4, oversizedMerge: null });
    expect(checkSheetFacts(facts, limits)).toEqual([]);
  });

  it('also reads namespaced elements and single quotes', () => {
    const xml = `<x:worksheet><x:dimension ref='A1:B2'/><x:sheetData><x:row r='9'><x:c r='B9'/></x:row></x:sheetData><x:mergeCells><x:mergeCell ref='A1:B1'/></x:mergeCells></x:worksheet>`;
    expect(scanSheetXml(xml, limits)).toMatchObject({ dimension: 'A1:B2', lastRow: 9, lastColumn: 2, mergedRanges: 1, mergedCells: 2 });
  });

  it('counts rows without numbers', () => {
    expect(scanSheetXml(sheet('<row><c/></row><row><c/></row><row><c/></row>'), limits).lastRow).toBe(3);
  });

  it('refuses the merged range over the whole sheet (A3:XFD1048576), quickly', () => {
    const started = Date.now();
    const facts = scanSheetXml(withMerges(sheet(rows), ['A3:XFD1048576']), limits);
    const problems = checkSheetFacts(facts, limits);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(facts.oversizedMerge).toEqual({ ref: 'A3:XFD1048576', cells: 1048574 * 16384 });
    expect(problems).toHaveLength(1);
    expect(problems[0]['zh-Hans']).toMatch(/^合并单元格 A3:XFD1048576 超出表格范围/);
    expect(problems[0].en).toMatch(/^The merged range A3:XFD1048576 reaches beyond the table/);
  });

  it('refuses a merged range that is no range', () => {
    expect(checkSheetFacts(scanSheetXml(withMerges(sheet(rows), ['A1:?']), limits), limits)[0]['zh-Hans']).toMatch(/合并单元格 A1:\?/);
  });

  it('refuses too many merged ranges and too many merged cells', () => {
    const many = Array.from({ length: 11 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 2}`);
    const small = { ...limits, maxMergedRanges: 10, maxMergedCells: 40 };
    expect(checkSheetFacts(scanSheetXml(withMerges(sheet(rows), many), small), small)).toEqual([
      expect.objectContaining({ 'zh-Hans': expect.stringMatching(/合并单元格过多：共 11 处，最多 10 处/) }),
      expect.objectContaining({ 'zh-Hans': expect.stringMatching(/合并单元格覆盖的单元格过多：共 44 个，最多 40 个/) }),
    ]);
  });

  it('refuses a sheet whose dimension, rows or columns pass the limits', () => {
    expect(checkSheetFacts(scanSheetXml(sheet(rows, 'A1:XFD1048576'), limits), limits)).toEqual([expect.objectContaining({ 'zh-Hans': expect.stringMatching(/工作表范围 A1:XFD1048576 过大/) })]);
    expect(checkSheetFacts(scanSheetXml(sheet('<row r="5001"><c r="A5001"/></row>'), limits), limits)).toEqual([expect.objectContaining({ 'zh-Hans': expect.stringMatching(/共 5,001 行，最多 5,000 行/) })]);
    expect(checkSheetFacts(scanSheetXml(sheet('<row r="1"><c r="AY1"/></row>'), limits), limits)).toEqual([expect.objectContaining({ 'zh-Hans': expect.stringMatching(/共 51 列，最多 50 列/) })]);
  });

  it('refuses more cells than rows × columns allow, even without references', () => {
    const tiny = { ...limits, maxRows: 2, maxColumns: 2 };
    expect(checkSheetFacts(scanSheetXml(sheet('<row><c/><c/></row><row><c/><c/><c/></row>', 'A1:B2'), tiny), tiny)).toEqual([expect.objectContaining({ 'zh-Hans': expect.stringMatching(/单元格过多：共 5 个，最多 4 个/) })]);
  });

  it('knows the worksheet parts of a workbook', () => {
    expect(isWorksheetPart('xl/worksheets/sheet1.xml')).toBe(true);
    expect(isWorksheetPart('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
    expect(isWorksheetPart('xl/sharedStrings.xml')).toBe(false);
  });
});
