import { adminJwtFor } from './helpers/auth';
import { startApp, usePostgres, type TestApp } from './helpers/strapi';

/**
 * Malformed input never answers 5xx (issue #10, item 5): a table of queries, ids and bodies on REST, our
 * admin plugin routes, Strapi's admin routes and GraphQL → the status and message each gets, on SQLite and
 * PostgreSQL (where the two databases differ, each has its own status: SQLite compares "abc" with an
 * integer column without complaint, PostgreSQL refuses it). Nothing logged holds SQL. Then CORS, the
 * GraphQL cost limit and body limit.
 */
type Status = number | { sqlite: number; postgres: number };
type Who = 'public' | 'admin';
/** [who, method, url, body (a string is sent as raw JSON text), status, message]. */
type RestRow = [Who, 'GET' | 'POST' | 'PUT' | 'DELETE', string, object | string | null, Status, RegExp];
/** ['public', 'GQL', query, status of the HTTP answer, error code (null: no error), message]. */
type GraphqlRow = ['public', 'GQL', string, Status, string | null | { sqlite: string | null; postgres: string | null }, RegExp | null];

const pick = <T,>(value: T | { sqlite: T; postgres: T }): T =>
  value !== null && typeof value === 'object' && 'sqlite' in (value as object) ? (value as { sqlite: T; postgres: T })[usePostgres ? 'postgres' : 'sqlite'] : (value as T);

const INQUIRY = { channel: 'consultation', subject: '咨询', content: '内容' };
// Every message answers in one language: Chinese here (no Accept-Language, admins in zh-Hans), nothing English after it.
const ID_RANGE = /应为 1 至 2147483647 的整数$/;
const NOT_A_NUMBER = /^请求中的数值格式无效：编号等字段应为整数$/;
const OUT_OF_RANGE = /^请求中的数值超出范围：编号最大为 2147483647$/;
const BAD_FILTER = /^筛选条件 filters 格式无效：\$and、\$or 应为数组，运算符须用于字段$/;
const QUERY = /^查询参数无效：/;
const PAGINATION = /^分页参数 pagination\[\w+\] 应为 -?\d 至 2147483647 的整数$/;
const NOT_JSON = /^请求体不是有效的 JSON：/;
/** A relation to a record that is not there (Strapi's wording differs by database; both get a Chinese text). */
const RELATION = /^关联的记录不存在(或编号无效)?$/;
const CM = '/content-manager/collection-types/api::article.article';

const REST: RestRow[] = [
  // ── filters ──
  ['public', 'GET', '/api/articles?filters[$and]=x', null, 400, BAD_FILTER],
  ['public', 'GET', '/api/articles?filters[$or]=1', null, 400, BAD_FILTER],
  ['public', 'GET', '/api/articles?filters[$not]=x', null, 400, BAD_FILTER],
  ['public', 'GET', '/api/articles?filters[id][$between]=1', null, 400, BAD_FILTER],
  ['public', 'GET', '/api/articles?filters[title][$eq][$eq]=x', null, { sqlite: 400, postgres: 200 }, /筛选条件|"data":\[\]/],
  ['public', 'GET', '/api/articles?filters=abc', null, 400, QUERY],
  ['public', 'GET', '/api/articles?filters[title][$foo]=x', null, 400, /^查询参数无效：不认识的键“\$foo at title”$/],
  ['public', 'GET', '/api/articles?filters[nonexistent]=x', null, 400, /^查询参数无效：不认识的键“nonexistent”$/],
  ['public', 'GET', '/api/articles?filters[publishedAt][$lt]=notadate', null, 400, /^日期格式无效：应为时间戳或 ISO 日期$/],
  ['public', 'GET', '/api/articles?filters[id][$eq]=abc', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/articles?filters[id]=abc', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/articles?filters[id][$in]=x', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/articles?filters[id][$in][0]=1&filters[id][$in][1]=x', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/articles?filters[id][$gt]=1.5', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/articles?filters[id][$eq]=99999999999', null, 400, OUT_OF_RANGE],
  ['public', 'GET', '/api/articles?filters[$and][0][id]=abc', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/articles?filters[column][id][$eq]=abc', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/articles?populate[column][filters][id][$eq]=abc', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/articles?populate[column][filters][$and]=x', null, 400, BAD_FILTER],
  ['public', 'GET', '/api/articles?filters[column]=abc', null, { sqlite: 200, postgres: 400 }, /数值格式无效|"data":\[\]/],
  ['public', 'GET', '/api/articles?filters[title][$eq]=a%00b', null, { sqlite: 200, postgres: 400 }, /^请求中的文本含有无效字符|"data":\[\]/],
  ['public', 'GET', '/api/columns?filters[id][$eq]=abc', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/columns?filters[parent][id][$in][0]=99999999999', null, 400, OUT_OF_RANGE],
  ['public', 'GET', '/api/columns?filters[$or]=1', null, 400, BAD_FILTER],
  ['public', 'GET', '/api/units?filters[id][$lt]=abc', null, 400, NOT_A_NUMBER],
  ['public', 'GET', '/api/interpretations?filters[$and]=x', null, 400, BAD_FILTER],
  ['public', 'GET', '/api/replies?filters[$or]=1', null, 400, BAD_FILTER],
  ['public', 'GET', '/api/inquiries?filters[id][$eq]=abc', null, 400, NOT_A_NUMBER],
  // ── sort, pagination, populate, fields ──
  ['public', 'GET', '/api/articles?sort=nonexistent', null, 400, /^查询参数无效：不认识的键“nonexistent”$/],
  ['public', 'GET', '/api/articles?sort=title:sideways', null, 400, /^查询参数无效：排序方向应为 asc 或 desc$/],
  ['public', 'GET', '/api/articles?sort[$and]=1', null, 400, QUERY],
  ['public', 'GET', '/api/articles?pagination[page]=-1', null, 400, PAGINATION],
  ['public', 'GET', '/api/articles?pagination[page]=0', null, 400, PAGINATION],
  ['public', 'GET', '/api/articles?pagination[pageSize]=abc', null, 400, PAGINATION],
  ['public', 'GET', '/api/articles?pagination[start]=-5', null, 400, PAGINATION],
  ['public', 'GET', '/api/articles?pagination[limit]=abc', null, 400, PAGINATION],
  ['public', 'GET', '/api/articles?pagination[start]=99999999999999999999', null, 400, PAGINATION],
  ['public', 'GET', '/api/articles?pagination[page]=99999999999', null, 400, PAGINATION],
  ['public', 'GET', '/api/articles?pagination=abc', null, 400, /^分页参数 pagination 应为对象/],
  ['public', 'GET', '/api/articles?pagination[page]=1&pagination[start]=0', null, 400, /^查询参数无效：分页不能同时使用 page 与 start\/limit$/],
  ['public', 'GET', '/api/articles?populate[x]=y', null, 400, /^查询参数无效：不认识的键“x”$/],
  ['public', 'GET', '/api/articles?populate=nonexistent', null, 400, QUERY],
  ['public', 'GET', '/api/articles?populate[column][populate][x]=1', null, 400, QUERY],
  ['public', 'GET', '/api/articles?populate=column&populate[column]=1', null, 400, /^查询参数无效：populate 的写法不正确$/],
  ['public', 'GET', '/api/articles?fields=nonexistent', null, 400, QUERY],
  ['public', 'GET', '/api/articles?fields[$and]=1', null, 400, /^查询参数无效：fields 的写法不正确$/],
  // ── ids in the path (documentIds: an unknown one is simply not found) ──
  ['public', 'GET', '/api/articles/abc', null, 404, /Not Found/],
  ['public', 'GET', '/api/articles/99999999999', null, 404, /Not Found/],
  ['public', 'GET', '/api/columns/abc?populate[x]=y', null, 400, QUERY],
  // ── bodies ──
  ['public', 'POST', '/api/inquiries', '{not json', 400, NOT_JSON],
  ['public', 'POST', '/api/inquiries', { data: null }, 400, /^请求体应为 \{ "data": \{ … \} \}$/],
  ['public', 'POST', '/api/inquiries', { data: 'x' }, 400, /^请求体应为 \{ "data": \{ … \} \}$/],
  ['public', 'POST', '/api/inquiries', [], 400, /^请求体应为 \{ "data": \{ … \} \}$/],
  ['public', 'POST', '/api/inquiries', { data: [] }, 400, /^channel 必须填写；subject 必须填写；content 必须填写$/],
  ['public', 'POST', '/api/inquiries', { data: { ...INQUIRY, channel: 'x' } }, 400, /^channel 只能是以下值之一：consultation, /],
  ['public', 'POST', '/api/inquiries', { data: { ...INQUIRY, subject: { $gt: 1 } } }, 400, /^subject 的类型应为 string$/],
  ['public', 'POST', '/api/inquiries', { data: { ...INQUIRY, column: 99999999999 } }, 400, RELATION],
  ['public', 'POST', '/api/inquiries', { data: { ...INQUIRY, column: 'abc' } }, 400, /^关联的记录不存在（documentId abc）$/],
  ['public', 'POST', '/api/inquiries', { data: { ...INQUIRY, column: { connect: [{ id: 'abc' }] } } }, 400, RELATION],
  ['public', 'POST', '/api/inquiries', { data: { ...INQUIRY, column: { connect: [{ id: 99999999999 }] } } }, 400, RELATION],
  ['public', 'POST', '/api/inquiries', { data: { ...INQUIRY, subject: 'a\u0000b' } }, { sqlite: 201, postgres: 400 }, /^请求中的文本含有无效字符|"subject":"a\\u0000b"/],
  ['public', 'PUT', '/api/articles/abc', '{not json', 400, NOT_JSON],
  ['public', 'POST', '/api/auth/local', '{not json', 400, NOT_JSON],
  ['public', 'POST', '/api/auth/local', { identifier: { $gt: '' }, password: 'x' }, 400, /^identifier 的类型应为 string$/],
  ['public', 'POST', '/admin/login', { email: { $gt: '' }, password: 'x' }, 400, /Missing credentials/],
  // ── our admin plugin routes: ids in the path, the query and the body ──
  ['admin', 'PUT', '/responsibility/assignments/99999999999', { note: 'x' }, 400, ID_RANGE],
  ['admin', 'PUT', '/responsibility/assignments/abc', { note: 'x' }, 400, ID_RANGE],
  ['admin', 'PUT', '/responsibility/assignments/1.5', { note: 'x' }, 400, ID_RANGE],
  ['admin', 'DELETE', '/responsibility/assignments/0', null, 400, ID_RANGE],
  ['admin', 'DELETE', '/responsibility/assignments/99999999999', null, 400, ID_RANGE],
  ['admin', 'DELETE', '/responsibility/duties/99999999999', null, 400, ID_RANGE],
  ['admin', 'GET', '/responsibility/columns/99999999999/duty', null, 400, ID_RANGE],
  ['admin', 'GET', '/responsibility/columns/-1/duty', null, 400, ID_RANGE],
  ['admin', 'GET', '/responsibility/assignments?unit=99999999999', null, 400, /^unit 应为 1 至 2147483647 的整数/],
  ['admin', 'GET', '/responsibility/assignments?channel=abc', null, 400, /^channel 应为 1 至 2147483647 的整数/],
  ['admin', 'GET', '/responsibility/assignments?channel[$and]=x', null, 400, /^channel 应为/],
  ['admin', 'GET', '/responsibility/duties?user=99999999999', null, 400, /^user 应为 1 至 2147483647 的整数/],
  ['admin', 'GET', '/responsibility/duties/changes?page=99999999999', null, 400, /^page 最大为 2147483647/],
  ['admin', 'GET', '/responsibility/duties/changes?page=abc', null, 400, /^page 应为正整数/],
  ['admin', 'POST', '/responsibility/duties', { duty: 'information-officer', unitId: 99999999999, userId: 1 }, 400, /^unitId 应为 1 至 2147483647/],
  ['admin', 'POST', '/responsibility/duties', { duty: 'information-officer', unitId: 1, userId: 99999999999 }, 400, /^userId 应为 1 至 2147483647/],
  ['admin', 'POST', '/responsibility/duties', '{not json', 400, NOT_JSON],
  ['admin', 'POST', '/responsibility/assignments', { columnId: 99999999999, methods: ['report'], frequencyText: '每月' }, 400, /^columnId 应为 1 至 2147483647/],
  ['admin', 'POST', '/responsibility/assignments', { columnId: 1, unitIds: [99999999999], methods: ['report'], frequencyText: '每月' }, 400, /unitIds\[0\] 应为 1 至 2147483647/],
  ['admin', 'PUT', '/review/workflows/99999999999', { name: 'x' }, 400, ID_RANGE],
  ['admin', 'PUT', '/review/words/99999999999', { note: 'x' }, 400, ID_RANGE],
  ['admin', 'DELETE', '/review/words/abc', null, 400, ID_RANGE],
  ['admin', 'GET', '/review/ledger?from=2026-01-01&to=2026-12-31&unit=99999999999&format=json', null, 400, /^unit 应为 1 至 2147483647/],
  ['admin', 'POST', '/review/workflows', { name: 'x', levels: [], columnIds: [99999999999] }, 400, /columnIds\[0\] 应为 1 至 2147483647/],
  ['admin', 'GET', '/review/items/article/abc', null, 400, /无效的文档编号/],
  ['admin', 'GET', '/overdue/notifications?page=99999999999', null, 400, /^page 最大为 2147483647/],
  ['admin', 'GET', '/overdue/notifications?page=abc', null, 400, /^page 应为正整数/],
  // ── Strapi's own admin routes reach the same rules ──
  ['admin', 'GET', `${CM}?filters[$and]=x`, null, 400, BAD_FILTER],
  ['admin', 'GET', `${CM}?filters[id][$eq]=abc`, null, { sqlite: 200, postgres: 400 }, /数值格式无效|"results":\[\]/],
  ['admin', 'POST', CM, { title: 't', column: { connect: [{ id: 99999999999 }] } }, 400, /^关联的记录不存在|^请求中的数值超出范围/],
  ['admin', 'GET', '/admin/users/99999999999', null, { sqlite: 404, postgres: 400 }, /^请求中的数值超出范围|^User does not exist$/],
  ['admin', 'GET', '/admin/users/abc', null, { sqlite: 404, postgres: 400 }, /^请求中的数值格式无效|^User does not exist$/],
];

const GRAPHQL: GraphqlRow[] = [
  ['public', 'GQL', '{ articles(filters: { title: { eq: "a\\u0000b" } }) { title } }', 200, { sqlite: null, postgres: 'BAD_USER_INPUT' }, /^请求中的文本含有无效字符/],
  ['public', 'GQL', '{ articles(sort: "nonexistent") { title } }', 200, 'BAD_USER_INPUT', /^查询参数无效：不认识的键“nonexistent”$/],
  ['public', 'GQL', '{ articles(sort: "title:sideways") { title } }', 200, 'BAD_USER_INPUT', /^查询参数无效：排序方向应为 asc 或 desc$/],
  ['public', 'GQL', 'mutation { createInquiry(data: { channel: consultation, subject: "x", content: "y", column: "abc" }) { documentId } }', 200, 'BAD_USER_INPUT', /^关联的记录不存在/],
  ['public', 'GQL', 'mutation { createInquiry(data: { channel: consultation, subject: "x", content: "y", column: "99999999999" }) { documentId } }', 200, 'BAD_USER_INPUT', RELATION],
  ['public', 'GQL', '{ articles(pagination: { pageSize: 99999999999 }) { title } }', 400, 'GRAPHQL_VALIDATION_FAILED', /non 32-bit signed integer/],
  ['public', 'GQL', '{ articles(filters: { publishedAt: { lt: "notadate" } }) { title } }', 400, 'GRAPHQL_VALIDATION_FAILED', /invalid date-time/],
  ['public', 'GQL', '{ articles { ', 400, 'GRAPHQL_PARSE_FAILED', /Syntax Error/],
  ['public', 'GQL', '{ article(documentId: "abc") { title } }', 200, null, null],
];

describe('malformed input → 400, never 5xx, no SQL in the log', () => {
  let app: TestApp;
  let adminJwt: string;
  const logged: string[] = [];

  beforeAll(async () => {
    app = await startApp({ seed: true, env: { PUBLIC_URL: 'https://www.example.gov.cn' } });
    adminJwt = await adminJwtFor(app.strapi, 'webadmin@example.gov.cn');
    const log = app.strapi.log as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const level of ['error', 'warn', 'info', 'http', 'verbose', 'debug']) {
      const original = log[level].bind(log);
      log[level] = (...args: unknown[]) => {
        logged.push(
          `${level}: ${args.map((a) => (a instanceof Error ? `${a.name}: ${a.message} ${String((a as { sql?: unknown }).sql ?? '')} ${a.stack ?? ''}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`,
        );
        return original(...args);
      };
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  const send = (who: Who, method: RestRow[1], url: string, body: object | string | null) => {
    const http = app.http();
    let request = method === 'GET' ? http.get(url) : method === 'POST' ? http.post(url) : method === 'PUT' ? http.put(url) : http.delete(url);
    if (who === 'admin') request = request.set('Authorization', `Bearer ${adminJwt}`);
    if (typeof body === 'string') return request.set('Content-Type', 'application/json').send(body);
    return body === null ? request : request.send(body);
  };

  it.each(REST)('%s %s %s %j → %j', async (who, method, url, body, status, message) => {
    const response = await send(who, method, url, body);
    const expected = pick(status);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: expected });
    expect(expected >= 400 ? response.body.error.message : JSON.stringify(response.body)).toMatch(message);
  });

  it.each(GRAPHQL)('%s %s %s → %j %j', async (_who, _gql, query, status, code, message) => {
    const response = await app.http().post('/graphql').send({ query });
    expect(response.status).toBe(pick(status));
    const expectedCode = pick(code);
    if (expectedCode === null) {
      expect(response.body.errors).toBeUndefined();
      return;
    }
    expect(response.body.errors?.[0]?.extensions?.code).toBe(expectedCode);
    expect(response.body.errors[0].message).toMatch(message as RegExp);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|select |insert into/i);
  });

  it('logged one line per malformed value the database refused, and no SQL anywhere', () => {
    expect(logged.filter((line) => /bad input → 400 \(bad-filter\): GET \/api\/articles$/.test(line)).length).toBeGreaterThanOrEqual(3);
    if (usePostgres) expect(logged.some((line) => /bad input → BAD_USER_INPUT \(bad-text\): GraphQL articles/.test(line))).toBe(true);
    const withSql = logged.filter((line) => /\bselect\b.*\bfrom\b|\binsert into\b|\bupdate\s+"|\bdelete from\b/i.test(line));
    expect(withSql).toEqual([]);
    expect(logged.filter((line) => line.startsWith('error:'))).toEqual([]);
  });
});

describe('CORS, the GraphQL cost limit and body limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp({ seed: false, env: { GRAPHQL_MAX_COST: '5000' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['the site itself (PUBLIC_URL)', 'https://www.example.gov.cn', true],
    ['a local frontend outside production', 'http://localhost:5173', true],
    ['the local admin outside production', 'http://localhost:1337', true],
    ['a foreign site', 'https://evil.example.com', false],
    ['a look-alike of the site', 'https://www.example.gov.cn.evil.example.com', false],
  ])('%s (%s): allowed %s, on REST, its preflight and GraphQL', async (_name, origin, allowed) => {
    const rest = await app.http().get('/api/articles').set('Origin', origin);
    const preflight = await app.http().options('/api/inquiries').set('Origin', origin).set('Access-Control-Request-Method', 'POST');
    const graphql = await app.http().post('/graphql').set('Origin', origin).send({ query: '{ articles { title } }' });
    expect(rest.status).toBe(200);
    expect(graphql.status).toBe(200);
    for (const response of [rest, preflight, graphql]) {
      if (allowed) {
        expect(response.headers['access-control-allow-origin']).toBe(origin);
        expect(response.headers['access-control-allow-credentials']).toBe('true');
      } else {
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
        expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      }
    }
  });

  it('refuses a deep or wide GraphQL query with 400 and a message, and runs an ordinary nested one', async () => {
    const abusive = await app
      .http()
      .post('/graphql')
      .send({ query: '{ columns(pagination: { limit: 100 }) { children(pagination: { limit: 100 }) { articles(pagination: { limit: 100 }) { title } } } }' });
    expect(abusive.status).toBe(400);
    expect(abusive.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(abusive.body.errors[0].message).toMatch(/^查询过于复杂（成本 \d+，上限 5000）：请减少嵌套、字段或每页条数$/);
    expect(abusive.body.data).toBeUndefined();

    const wide = await app
      .http()
      .post('/graphql')
      .send({ query: '{ units(pagination: { limit: 100 }) { groups(pagination: { limit: 100 }) { members(pagination: { limit: 100 }) { name } } } }' });
    expect(wide.status).toBe(400);
    expect(wide.body.errors[0].message).toMatch(/查询过于复杂/);

    const ordinary = await app.http().post('/graphql').send({ query: '{ columns { name children { name } articles { title } } }' });
    expect(ordinary.status).toBe(200);
    expect(ordinary.body.errors).toBeUndefined();
  });

  it('refuses a GraphQL body over 32 KB with 413 and a message', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .send({ query: '{ articles { title } }', variables: { pad: 'x'.repeat(40 * 1024) } });
    expect(response.status).toBe(413);
    expect(response.body.error.message).toBe('请求体过大（最大 32 KB）');
    const small = await app.http().post('/graphql').send({ query: '{ articles { title } }', variables: { pad: 'x'.repeat(20 * 1024) } });
    expect(small.status).toBe(200);
    // A query string does not take the request to Strapi's general body parser (1 MB).
    const withQuery = await app.http().post('/graphql?via=query').send({ query: '{ articles { title } }', variables: { pad: 'x'.repeat(40 * 1024) } });
    expect(withQuery.status).toBe(413);
    const smallWithQuery = await app.http().post('/graphql?via=query').send({ query: '{ articles { title } }' });
    expect(smallWithQuery.status).toBe(200);
  });
});
