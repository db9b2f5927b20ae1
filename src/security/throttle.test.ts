import { createThrottles, throttleOf, throttleSettings, tooManyRequests } from './throttle';

describe('throttleSettings', () => {
  it('defaults: on; 20 auth attempts per 10 min, 5 inquiries per 10 min, 120 GraphQL requests per minute', () => {
    expect(throttleSettings({})).toEqual({
      enabled: true,
      limits: { auth: { points: 20, duration: 600 }, inquiry: { points: 5, duration: 600 }, graphql: { points: 120, duration: 60 } },
    });
  });
  it('reads THROTTLE_* and refuses nonsense', () => {
    const settings = throttleSettings({ THROTTLE_ENABLED: 'false', THROTTLE_INQUIRY_POINTS: '2', THROTTLE_GRAPHQL_SECONDS: '5' });
    expect(settings.enabled).toBe(false);
    expect(settings.limits.inquiry).toEqual({ points: 2, duration: 600 });
    expect(settings.limits.graphql).toEqual({ points: 120, duration: 5 });
    expect(() => throttleSettings({ THROTTLE_AUTH_POINTS: '0' })).toThrow(/THROTTLE_AUTH_POINTS/);
    expect(() => throttleSettings({ THROTTLE_AUTH_POINTS: 'many' })).toThrow(/THROTTLE_AUTH_POINTS/);
  });
});

describe('throttleOf', () => {
  it.each([
    ['POST', '/admin/login', 'auth'],
    ['POST', '/api/auth/local', 'auth'],
    ['POST', '/api/auth/local/', 'auth'],
    ['POST', '/api/auth/forgot-password', 'auth'],
    ['POST', '/admin/reset-password', 'auth'],
    ['POST', '/api/inquiries', 'inquiry'],
    ['POST', '/graphql', 'graphql'],
    ['GET', '/graphql', 'graphql'],
    ['GET', '/api/inquiries', null],
    ['GET', '/admin/login', null],
    ['POST', '/api/articles', null],
  ])('%s %s → %s', (method, path, name) => {
    expect(throttleOf(method, path)).toBe(name);
  });
});

describe('createThrottles', () => {
  it('refuses the request after the allowance, per address, and a given-back point is usable again', async () => {
    const throttles = createThrottles({ enabled: true, limits: { auth: { points: 2, duration: 600 }, inquiry: { points: 1, duration: 600 }, graphql: { points: 1, duration: 60 } } });
    expect(await throttles.take('auth', '203.0.113.1')).toEqual({ allowed: true });
    expect(await throttles.take('auth', '203.0.113.1')).toEqual({ allowed: true });
    const refused = await throttles.take('auth', '203.0.113.1');
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfter).toBeGreaterThan(500);
    expect(await throttles.take('auth', '203.0.113.2')).toEqual({ allowed: true });
    expect(await throttles.take('inquiry', '203.0.113.1')).toEqual({ allowed: true });
    await throttles.giveBack('auth', '203.0.113.2');
    expect(await throttles.take('auth', '203.0.113.2')).toEqual({ allowed: true });
    expect(await throttles.take('auth', '203.0.113.2')).toEqual({ allowed: true });
    expect((await throttles.take('auth', '203.0.113.2')).allowed).toBe(false);
  });
  it('lets everything through when off', async () => {
    const throttles = createThrottles({ enabled: false, limits: { auth: { points: 1, duration: 600 }, inquiry: { points: 1, duration: 600 }, graphql: { points: 1, duration: 60 } } });
    for (let i = 0; i < 3; i += 1) expect(await throttles.take('auth', '203.0.113.1')).toEqual({ allowed: true });
  });
  it('answers 429 with the message in both languages (the error middleware picks one)', () => {
    const error = tooManyRequests('inquiry', 42);
    expect(error.name).toBe('RateLimitError');
    expect(error.message).toBe('留言提交过于频繁，请 42 秒后再试');
    expect(error.details).toEqual({
      retryAfter: 42,
      limit: 'inquiry',
      messages: { 'zh-Hans': '留言提交过于频繁，请 42 秒后再试', en: 'Too many inquiries posted from your address; try again in 42 s' },
    });
  });
});
