import { corsOrigins, LOCAL_ORIGINS } from './cors';

describe('corsOrigins', () => {
  it('is the site’s own origin, plus localhost outside production', () => {
    expect(corsOrigins({ PUBLIC_URL: 'https://www.example.gov.cn/portal/', NODE_ENV: 'development' })).toEqual(['https://www.example.gov.cn', ...LOCAL_ORIGINS]);
    expect(corsOrigins({ PUBLIC_URL: 'https://www.example.gov.cn', NODE_ENV: 'production' })).toEqual(['https://www.example.gov.cn']);
  });
  it('is nobody in production without PUBLIC_URL or CORS_ORIGINS', () => {
    expect(corsOrigins({ NODE_ENV: 'production' })).toEqual([]);
  });
  it('is exactly CORS_ORIGINS when set (trimmed, as origins, no duplicates)', () => {
    expect(corsOrigins({ CORS_ORIGINS: ' https://a.example.gov.cn , https://b.example.gov.cn/x,https://a.example.gov.cn', PUBLIC_URL: 'https://www.example.gov.cn' })).toEqual([
      'https://a.example.gov.cn',
      'https://b.example.gov.cn',
    ]);
  });
  it('refuses a wildcard or something that is not an http(s) origin', () => {
    expect(() => corsOrigins({ CORS_ORIGINS: '*' })).toThrow(/must list origins/);
    expect(() => corsOrigins({ CORS_ORIGINS: 'www.example.gov.cn' })).toThrow(/not an http\(s\) origin/);
    expect(() => corsOrigins({ PUBLIC_URL: 'ftp://example.gov.cn' })).toThrow(/not an http\(s\) origin/);
  });
});
