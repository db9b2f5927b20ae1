/**
 * Which browser origins may call the API with credentials (strapi::cors, config/middlewares.ts).
 * CORS_ORIGINS (a comma list of origins) when set; otherwise the site's own PUBLIC_URL, plus the local
 * admin (http://localhost:1337) and a local frontend (http://localhost:5173) outside production.
 * Any other origin gets no Access-Control-Allow-Origin header (Strapi's default reflects every origin).
 */
type Env = Record<string, string | undefined>;

const originOf = (value: string): string => {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.origin;
  } catch {
    throw new Error(`CORS_ORIGINS / PUBLIC_URL: "${value}" is not an http(s) origin such as https://www.example.gov.cn`);
  }
};

export const LOCAL_ORIGINS = ['http://localhost:1337', 'http://localhost:5173'];

export const corsOrigins = (env: Env = process.env): string[] => {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (listed.includes('*')) throw new Error('CORS_ORIGINS must list origins: "*" would let any site call the API with credentials');
  if (listed.length > 0) return [...new Set(listed.map(originOf))];
  const own = env.PUBLIC_URL ? [originOf(env.PUBLIC_URL)] : [];
  const local = (env.NODE_ENV ?? 'development') === 'production' ? [] : LOCAL_ORIGINS;
  return [...new Set([...own, ...local])];
};
