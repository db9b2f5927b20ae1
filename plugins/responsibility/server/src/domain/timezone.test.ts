import { execFile } from 'node:child_process';

/**
 * The calendar and deadline code must give the same answers whatever the machine's time zone.
 * Jest hands each test file a copy of process.env, so TZ cannot be switched in-process: each zone
 * gets a child Node process that loads the TypeScript sources (through the TypeScript compiler)
 * and prints what they answer.
 */

const CHILD_SCRIPT = `
const fs = require('fs');
const ts = require('typescript');
require.extensions['.ts'] = (module, filename) => {
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  module._compile(ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions: options }).outputText, filename);
};
const dir = process.argv[process.argv.length - 1];
// The kit's pure half from its TypeScript source too (not a possibly stale build).
const Module = require('module');
const kitShared = require('path').join(dir, '../../../../../packages/kit/src/shared/index.ts');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === '@content-assurance/kit/shared' ? kitShared : resolveFilename.call(this, request, ...rest);
};
const { default: calendar } = require(dir + '/calendar.ts');
const { nextDueAt, replyDueAt } = require(dir + '/deadline.ts');
const { parseFrequency } = require(dir + '/frequency.ts');
const { endOfShanghaiDay, addCalendarDays } = require(kitShared);
const at = (iso) => new Date(iso);
const rule = (text) => parseFrequency(text).rule;
const now = at('2026-06-01T09:00:00+08:00');

let disagreements = null;
if (process.env.TZ === 'Asia/Shanghai') {
  // chinese-days' own API is right in Beijing time: compare every day of 2025–2026 with it.
  const { isWorkday } = require('chinese-days');
  disagreements = [];
  for (let d = { year: 2025, month: 1, day: 1 }; d.year < 2027; d = addCalendarDays(d, 1)) {
    if (isWorkday(new Date(d.year, d.month - 1, d.day, 12)) !== calendar.isWorkingDay(endOfShanghaiDay(d))) disagreements.push(d);
  }
}

process.stdout.write(JSON.stringify({
  offsetInOctober2025: at('2025-10-11T12:00:00Z').getTimezoneOffset(),
  working: [
    '2025-09-27T12:00:00+08:00', '2025-09-28T12:00:00+08:00', '2025-10-01T00:00:00+08:00', '2025-10-11T00:00:00+08:00',
    '2025-10-12T00:00:00+08:00', '2026-02-14T23:59:59.999+08:00', '2026-02-23T23:59:59.999+08:00',
  ].map((iso) => calendar.isWorkingDay(at(iso))),
  fiveDayReply: replyDueAt(rule('五日内回复'), at('2025-09-30T23:00:00+08:00'), calendar).toISOString(),
  threeWorkingDays: calendar.addWorkingDays(at('2026-02-13T19:30:00+08:00'), 3).toISOString(),
  monthly: nextDueAt(rule('每月'), at('2026-01-31T00:30:00+08:00'), now, calendar).toISOString(),
  yearly: nextDueAt(rule('每年1月31日前'), at('2026-01-31T23:59:00+08:00'), now, calendar).toISOString(),
  neverPublished: nextDueAt(rule('每年1月31日前'), null, now, calendar).toISOString(),
  disagreements,
}));
`;

const runIn = (zone: string): Promise<Record<string, unknown>> =>
  new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', CHILD_SCRIPT, __dirname], { cwd: __dirname, env: { ...process.env, TZ: zone }, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${zone}: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as Record<string, unknown>);
    });
  });

const ZONES: [string, number][] = [
  ['UTC', 0],
  ['America/New_York', 240],
  ['Asia/Shanghai', -480],
  ['Pacific/Kiritimati', -840],
];

const results = new Map<string, Record<string, unknown>>();
beforeAll(async () => {
  const answers = await Promise.all(ZONES.map(([zone]) => runIn(zone)));
  ZONES.forEach(([zone], index) => results.set(zone, answers[index]));
}, 60_000);

describe.each(ZONES)('with the machine in %s', (zone, offset) => {
  it('really runs in that zone', () => {
    expect(results.get(zone)?.offsetInOctober2025).toBe(offset);
  });
  it('gives the Beijing answers', () => {
    expect(results.get(zone)).toEqual(
      expect.objectContaining({
        working: [false, true, false, true, false, true, false],
        fiveDayReply: new Date('2025-10-14T23:59:59.999+08:00').toISOString(),
        threeWorkingDays: new Date('2026-02-25T23:59:59.999+08:00').toISOString(),
        monthly: new Date('2026-02-28T23:59:59.999+08:00').toISOString(),
        yearly: new Date('2027-01-31T23:59:59.999+08:00').toISOString(),
        neverPublished: new Date('2026-01-31T23:59:59.999+08:00').toISOString(),
      }),
    );
  });
});

it('agrees day by day in 2025–2026 with chinese-days’ own isWorkday run in Beijing time', () => {
  expect(results.get('Asia/Shanghai')?.disagreements).toEqual([]);
});

