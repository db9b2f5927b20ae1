import { startApp, type TestApp } from './helpers/strapi';

/**
 * Flood limits per client address (issue #10, item 8): logins with many emails, the public's inquiries
 * over REST and GraphQL (aliases included), GraphQL as a whole; 429 with a bilingual message and
 * Retry-After. Small limits, no waiting: each case comes from its own address (X-Forwarded-For, trusted
 * because SERVER_PROXY=true, the last entry being the one the proxy added). Also CORS_ORIGINS.
 */
const LIMITS = {
  THROTTLE_ENABLED: 'true',
  THROTTLE_AUTH_POINTS: '3',
  THROTTLE_INQUIRY_POINTS: '2',
  THROTTLE_GRAPHQL_POINTS: '6',
  SERVER_PROXY: 'true',
  CORS_ORIGINS: 'https://portal.example.gov.cn',
};
const INQUIRY = { channel: 'consultation', subject: '办事咨询', content: '请问如何办理？' };
const CREATE_INQUIRY = 'createInquiry(data: { channel: consultation, subject: "办事咨询", content: "请问如何办理？" }) { documentId }';

describe('flood limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp({ seed: true, env: LIMITS });
  });
  afterAll(async () => {
    await app?.close();
  });

  const from = (address: string) => ({
    post: (url: string, body: object) => app.http().post(url).set('X-Forwarded-For', address).send(body),
    graphql: (query: string) => app.http().post('/graphql').set('X-Forwarded-For', address).send({ query }),
  });
  const expectTooMany = (response: { status: number; headers: Record<string, string> }) => {
    expect(response.status).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  };

  it('stops 30 admin logins with different emails from one address after the allowance; another address goes on', async () => {
    const statuses: number[] = [];
    let refused: { body: { error: { message: string } }; headers: Record<string, string> } | undefined;
    for (let i = 0; i < 30; i += 1) {
      const response = await from('203.0.113.10').post('/admin/login', { email: `guess${i}@example.gov.cn`, password: 'Wrong-2026' });
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.slice(3)).toEqual(Array(27).fill(429));
    expect(refused?.body.error.message).toMatch(/^登录或找回密码的尝试过于频繁，请 \d+ 秒后再试$/);
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(500);
    // content-API logins share the allowance of the address
    expectTooMany(await from('203.0.113.10').post('/api/auth/local', { identifier: 'someone@example.gov.cn', password: 'Wrong-2026' }));
    // another address is not affected
    expect((await from('203.0.113.11').post('/admin/login', { email: 'guess@example.gov.cn', password: 'Wrong-2026' })).status).toBe(400);
  });

  it('counts failed logins only: a successful login gives its point back', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await app.strapi.plugin('users-permissions').service('user').add({
      username: 'reader', email: 'reader@example.gov.cn', provider: 'local', password: 'Reader2026', confirmed: true, blocked: false, role: role.id,
    });
    for (let i = 0; i < 5; i += 1) {
      expect((await from('203.0.113.20').post('/api/auth/local', { identifier: 'reader@example.gov.cn', password: 'Reader2026' })).status).toBe(200);
    }
    for (let i = 0; i < 3; i += 1) {
      expect((await from('203.0.113.20').post('/api/auth/local', { identifier: `nobody${i}@example.gov.cn`, password: 'Wrong-2026' })).status).toBe(400);
    }
    expectTooMany(await from('203.0.113.20').post('/api/auth/local', { identifier: 'reader@example.gov.cn', password: 'Reader2026' }));
  });

  it('lets an address post 2 inquiries, over REST and GraphQL together, then answers 429', async () => {
    const address = from('203.0.113.30');
    expect((await address.post('/api/inquiries', { data: INQUIRY })).status).toBe(201);
    expect((await address.graphql(`mutation { ${CREATE_INQUIRY} }`)).body.data.createInquiry.documentId).toEqual(expect.any(String));

    const rest = await address.post('/api/inquiries', { data: INQUIRY });
    expectTooMany(rest);
    expect(rest.body.error.message).toMatch(/^留言提交过于频繁，请 \d+ 秒后再试$/);

    const graphql = await address.graphql(`mutation { ${CREATE_INQUIRY} }`);
    expectTooMany(graphql);
    expect(graphql.body.errors[0].extensions.code).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(graphql.body.errors[0].message).toMatch(/^留言提交过于频繁/);
    // reading is not limited by it
    expect((await app.http().get('/api/columns').set('X-Forwarded-For', '203.0.113.30')).status).toBe(200);
  });

  it('counts each createInquiry of one GraphQL request (aliases)', async () => {
    const response = await from('203.0.113.40').graphql(`mutation { a: ${CREATE_INQUIRY} b: ${CREATE_INQUIRY} c: ${CREATE_INQUIRY} }`);
    expectTooMany(response);
    const created = ['a', 'b', 'c'].filter((alias) => response.body.data?.[alias]?.documentId);
    expect(created).toHaveLength(2);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].message).toMatch(/^留言提交过于频繁/);
  });

  it('answers 429 to GraphQL past 6 requests from one address, whatever it puts before its proxy’s entry', async () => {
    const statuses: number[] = [];
    let last: { body: { error?: { message: string } }; headers: Record<string, string> } | undefined;
    for (let i = 0; i < 8; i += 1) {
      // a client may send its own X-Forwarded-For: only the entry the proxy added (the last) counts
      last = await app.http().post('/graphql').set('X-Forwarded-For', `198.51.100.${i}, 203.0.113.50`).send({ query: '{ columns { name } }' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    expect(last?.body.error?.message).toMatch(/^GraphQL 请求过于频繁，请 \d+ 秒后再试$/);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('203.0.113.51').graphql('{ columns { name } }')).status).toBe(200);
  });

  it('allows exactly the CORS_ORIGINS, also on a 429 (so the page can read it)', async () => {
    const listed = await app.http().get('/api/columns').set('Origin', 'https://portal.example.gov.cn');
    expect(listed.headers['access-control-allow-origin']).toBe('https://portal.example.gov.cn');
    const local = await app.http().get('/api/columns').set('Origin', 'http://localhost:5173');
    expect(local.headers['access-control-allow-origin']).toBeUndefined();
    const refused = await app.http().post('/graphql').set('X-Forwarded-For', '203.0.113.50').set('Origin', 'https://portal.example.gov.cn').send({ query: '{ columns { name } }' });
    expect(refused.status).toBe(429);
    expect(refused.headers['access-control-allow-origin']).toBe('https://portal.example.gov.cn');
  });
});
