import { execFile } from 'node:child_process';
import { formatChineseDate, formatChineseDateTime, formatDateValue, formatIsoLikeDateTime, shanghaiParts, toInstant } from '@content-assurance/kit/shared';

describe('Beijing time formatting', () => {
  it.each([
    ['2025-03-08T09:05:00+08:00', '2025年3月8日 09:05'],
    ['2025-03-07T16:00:00Z', '2025年3月8日 00:00'],
    ['2025-12-31T15:59:59.999Z', '2025年12月31日 23:59'],
    ['2025-12-31T16:00:00Z', '2026年1月1日 00:00'],
    ['2024-02-28T16:30:00Z', '2024年2月29日 00:30'],
  ])('%s → %s', (iso, expected) => {
    expect(formatChineseDateTime(iso)).toBe(expected);
    expect(formatChineseDateTime(new Date(iso))).toBe(expected);
  });

  it('has a date-only and a sortable form', () => {
    expect(formatChineseDate('2025-03-07T16:00:00Z')).toBe('2025年3月8日');
    expect(formatIsoLikeDateTime('2025-03-07T16:05:00Z')).toBe('2025-03-08 00:05');
    expect(shanghaiParts('2025-03-07T16:05:00Z')).toEqual({ year: 2025, month: 3, day: 8, hour: 0, minute: 5 });
  });

  it('keeps a calendar date as is and checks it', () => {
    expect(formatDateValue('2024-02-29')).toBe('2024-02-29');
    expect(() => formatDateValue('2025-02-29')).toThrow(RangeError);
    expect(formatDateValue('2025-03-07T16:00:00Z')).toBe('2025-03-08');
  });

  it('refuses an invalid time', () => {
    expect(() => toInstant('not a time')).toThrow(RangeError);
    expect(() => formatChineseDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});

/**
 * Jest hands each test file a copy of process.env, so TZ cannot be switched in-process: a child
 * Node process per zone loads the TypeScript source (through the TypeScript compiler) and answers.
 */
const CHILD = `
const fs = require('fs');
const ts = require('typescript');
const file = process.argv[process.argv.length - 1];
const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
const m = { exports: {} };
new Function('module', 'exports', 'require', out)(m, m.exports, require);
const t = m.exports;
process.stdout.write(JSON.stringify([
  new Date('2025-07-01T12:00:00Z').getTimezoneOffset(),
  t.formatChineseDateTime('2025-03-07T16:05:00Z'),
  t.formatIsoLikeDateTime(new Date('2025-10-31T23:30:00-04:00')),
  t.formatDateValue(new Date('2025-03-06T16:00:00Z')),
]));
`;

const runIn = (zone: string): Promise<unknown[]> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', CHILD, `${__dirname}/beijing-time.ts`],
      { cwd: __dirname, env: { ...process.env, TZ: zone }, encoding: 'utf8' },
      (error, stdout, stderr) => (error ? reject(new Error(`${zone}: ${stderr || error.message}`)) : resolve(JSON.parse(stdout) as unknown[])),
    );
  });

describe('whatever the machine’s time zone', () => {
  it.each([
    ['UTC', 0],
    ['America/New_York', 240],
    ['Asia/Shanghai', -480],
    ['Pacific/Kiritimati', -840],
  ])('%s gives the same Beijing times', async (zone, offset) => {
    const [actualOffset, ...answers] = await runIn(zone);
    expect(actualOffset).toBe(offset); // the zone really applied
    expect(answers).toEqual(['2025年3月8日 00:05', '2025-11-01 11:30', '2025-03-07']);
  });
});
