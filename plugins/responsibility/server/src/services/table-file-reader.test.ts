import ExcelJS from 'exceljs';

import { DEFAULT_IMPORT_LIMITS } from '../domain/import-limits';
import { physicalLines } from '../domain/table-file';
import { readTableFile } from './table-file-reader';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('readTableFile', () => {
  it('reads the CSV shape with line numbers, a BOM and quoted cells', async () => {
    const file = await readTableFile(
      utf8('\uFEFFchannel,column,subcolumn,content,method,frequency,units\r\n政务公开,政府文件,,"市政府文件,含规范性文件",后台加载,季度,市政府办\r\n\r\n主页栏目,通知公告,,工作通知,后台加载,随时,市直各部门\r\n'),
    );
    expect(file.problems).toEqual([]);
    expect(file.rows.map((r) => [r.line, r.channel, r.column, r.content])).toEqual([
      [2, '政务公开', '政府文件', '市政府文件,含规范性文件'],
      [4, '主页栏目', '通知公告', '工作通知'],
    ]);
  });

  it('reads the Chinese headers of the original with channel section rows and repeated headers', async () => {
    const file = await readTableFile(
      utf8(
        [
          '一、走进双鸭山频道',
          '一级栏目,二级栏目,主要发布内容,保障方式,保障时限,保障单位',
          '本市概况,,我市基本情况介绍,信息报送,每年7月30日前更新,市政府办',
          '二、政务公开频道',
          '一级栏目,二级栏目,主要发布内容,保障方式,保障时限,保障单位',
          '公开目录,政府文件,市政府文件,后台加载,季度,市政府办',
          ',政府文件,部门文件,后台加载,季度,市直各部门',
        ].join('\n'),
      ),
    );
    expect(file.problems).toEqual([]);
    expect(file.rows.map((r) => [r.line, r.channel, r.column, r.subcolumn])).toEqual([
      [3, '走进双鸭山', '本市概况', ''],
      [6, '政务公开', '公开目录', '政府文件'],
      [7, '政务公开', '公开目录', '政府文件'],
    ]);
  });

  it.each([
    ['an empty file', '', /文件为空/],
    ['no header row', '政务公开,政府文件,,x,后台加载,季度,市政府办\n', /找不到表头行/],
    ['a missing header', 'channel,column,content,method,units\n政务公开,政府文件,x,后台加载,市政府办\n', /缺少表头：保障时限/],
    ['a header and no rows', 'channel,column,subcolumn,content,method,frequency,units\n', /没有数据行/],
    ['a row without its column', 'channel,column,subcolumn,content,method,frequency,units\n政务公开,,,x,后台加载,季度,市政府办\n', /第2行：缺少一级栏目/],
  ])('reports %s', async (_name, text, message) => {
    const file = await readTableFile(utf8(text));
    expect(file.problems.map((p) => p.message['zh-Hans']).join('\n')).toMatch(message);
  });

  it('reports a GBK file instead of guessing', async () => {
    const gbk = new Uint8Array(Buffer.from('6368616e6e656c0ad5feb8f1b9abbfaa', 'hex')); // "channel\n政务公开" in GBK
    const file = await readTableFile(gbk);
    expect(file.rows).toEqual([]);
    expect(file.problems[0].message['zh-Hans']).toMatch(/不是 UTF-8 编码.*GBK/);
  });

  it('reads an XLSX with merged 一级栏目 cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('附件1');
    sheet.addRow(['频道', '一级栏目', '二级栏目', '主要发布内容', '保障方式', '保障时限', '保障单位']);
    sheet.addRow(['政务公开', '重点领域', '财政资金', '财政预算公开', '后台加载', '每年', '各部门']);
    sheet.addRow(['政务公开', '', '财政资金', '三公经费', '后台加载', '随时', '各部门']);
    sheet.mergeCells('B2:B3');
    const file = await readTableFile(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(file.problems).toEqual([]);
    expect(file.rows.map((r) => [r.line, r.column, r.subcolumn, r.content])).toEqual([
      [2, '重点领域', '财政资金', '财政预算公开'],
      [3, '重点领域', '财政资金', '三公经费'],
    ]);
  });

  it('reports a broken XLSX', async () => {
    const file = await readTableFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(file.problems[0].message['zh-Hans']).toMatch(/无法读取 XLSX/);
  });
});

describe('readTableFile: limits and our own CSV exports', () => {
  const HEADER = 'channel,column,subcolumn,content,method,frequency,units\n';
  const row = (i: number) => `政务公开,栏目${i},,内容${i},后台加载,每月,市政府办\n`;

  it('takes the apostrophe off cells our CSV export neutralised (=, +, -, @), nothing else', async () => {
    const file = await readTableFile(utf8(`${HEADER}政务公开,"'=HYPERLINK(""http://x"";""y"")",,'+1,后台加载,每月,市政府办\n政务公开,'-1,,'@SUM(A1),后台加载,每月,市政府办\n政务公开,'引号,,内容,后台加载,每月,市政府办\n`));
    expect(file.problems).toEqual([]);
    expect(file.rows.map((r) => [r.column, r.content])).toEqual([
      ['=HYPERLINK("http://x";"y")', '+1'],
      ['-1', '@SUM(A1)'],
      ["'引号", '内容'],
    ]);
  });

  it('refuses more rows than the limit, counted before parsing', async () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxRows: 10 };
    const ok = await readTableFile(utf8(HEADER + Array.from({ length: 9 }, (_, i) => row(i)).join('')), limits);
    expect(ok.problems).toEqual([]);
    const over = await readTableFile(utf8(HEADER + Array.from({ length: 10 }, (_, i) => row(i)).join('')), limits);
    expect(over.rows).toEqual([]);
    expect(over.problems).toEqual([{ line: 0, message: expect.objectContaining({ 'zh-Hans': expect.stringMatching(/^表格行数过多：共 11 行，最多 10 行/) }) }]);
  });

  it('refuses more columns than the limit and a file over the size limit', async () => {
    const wide = await readTableFile(utf8(`${HEADER}${'x,'.repeat(60)}x\n`));
    expect(wide.problems[0].message['zh-Hans']).toMatch(/表格列数过多：共 61 列，最多 50 列/);
    const big = await readTableFile(utf8(HEADER + row(1)), { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 10 });
    expect(big.problems[0].message['zh-Hans']).toMatch(/^文件过大（最大 10 bytes）/);
  });

  it('counts lines as an editor does', () => {
    expect(physicalLines('')).toBe(0);
    expect(physicalLines('a')).toBe(1);
    expect(physicalLines('a\n')).toBe(1);
    expect(physicalLines('a\r\nb')).toBe(2);
  });
});
