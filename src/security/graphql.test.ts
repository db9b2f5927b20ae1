import { errors } from '@strapi/utils';
import { buildSchema, GraphQLError, parse } from 'graphql';

import { costOf, createFormatError } from './graphql';

const schema = buildSchema(`
  input Pagination { limit: Int pageSize: Int }
  type Article { title: String column: Column }
  type Column { name: String children(pagination: Pagination): [Column]! articles(pagination: Pagination): [Article]! }
  type Query { articles(pagination: Pagination): [Article]! columns(pagination: Pagination): [Column]! }
`);
const settings = { maxCost: 5000, defaultLimit: 25, maxLimit: 100 };
const cost = (query: string, variables?: Record<string, unknown>) => costOf(schema, parse(query), settings, variables);

describe('GraphQL cost', () => {
  it('counts fields, multiplied by the rows a list may return', () => {
    expect(cost('{ articles { title } }')).toBe(1 + 25 * 1);
    expect(cost('{ articles(pagination: { limit: 10 }) { title column { name } } }')).toBe(1 + 10 * (1 + (1 + 1)));
    expect(cost('query ($n: Int) { articles(pagination: { pageSize: $n }) { title } }', { n: 4 })).toBe(1 + 4);
    expect(cost('{ articles(pagination: { limit: -1 }) { title } }')).toBe(1 + 100);
    expect(cost('{ articles(pagination: { limit: 100000 }) { title } }')).toBe(1 + 100);
  });
  it('makes a deep list query cost far more than the limit', () => {
    const abusive = '{ columns(pagination: { limit: 100 }) { children(pagination: { limit: 100 }) { articles(pagination: { limit: 100 }) { title } } } }';
    expect(cost(abusive)).toBeGreaterThan(1_000_000);
    expect(cost('{ columns { name children { name } } }')).toBeLessThan(settings.maxCost);
  });
});

describe('formatError', () => {
  const logged: string[] = [];
  const log = { warn: (m: string) => logged.push(`warn ${m}`), error: (m: string) => logged.push(`error ${m}`) };
  const format = createFormatError(() => log);
  const thrownInResolver = (original: Error) => new GraphQLError(original.message, { path: ['articles'], originalError: original });
  const formatted = (error: GraphQLError) => ({ message: error.message, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } });

  beforeEach(() => {
    logged.length = 0;
  });

  it('answers a database error caused by input with BAD_USER_INPUT, no SQL, and logs one line without SQL', () => {
    const pg = Object.assign(new Error('select "t0".* from "public"."articles" where "t0"."id" = $1 - invalid input syntax for type integer: "abc"'), { name: 'error', code: '22P02' });
    const error = thrownInResolver(pg);
    const result = format(formatted(error), error);
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.message).toBe('请求中的数值格式无效：编号等字段应为整数');
    expect(JSON.stringify(result)).not.toMatch(/select|stacktrace/i);
    expect(logged).toEqual(['warn bad input → BAD_USER_INPUT (not-a-number): GraphQL articles']);
  });

  it('keeps Strapi’s codes, and sends nothing of an internal error but its code', () => {
    const forbidden = thrownInResolver(new errors.ForbiddenError('no'));
    expect(format(formatted(forbidden), forbidden).extensions?.code).toBe('FORBIDDEN');
    const invalid = thrownInResolver(new errors.ValidationError('Invalid key nope'));
    expect(format(formatted(invalid), invalid)).toMatchObject({ message: '查询参数无效：不认识的键“nope”', extensions: { code: 'BAD_USER_INPUT' } });
    const limited = thrownInResolver(new errors.RateLimitError('慢一点 (slow down)'));
    expect(format(formatted(limited), limited).extensions?.code).toBe('STRAPI_RATE_LIMIT_ERROR');

    const fault = thrownInResolver(Object.assign(new Error('insert into "x" values ($1) - duplicate key value'), { name: 'error', code: '23505' }));
    const result = format(formatted(fault), fault);
    expect(result).toEqual({ message: 'Internal Server Error', path: ['articles'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^error GraphQL internal error at articles: error: duplicate key value/);
    expect(logged[0]).not.toMatch(/insert into/);
  });

  it('passes GraphQL’s own errors through without a stack trace', () => {
    const syntax = new GraphQLError('Syntax Error: Expected Name', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const result = format({ message: syntax.message, extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at y'] } }, syntax);
    expect(result).toEqual({ message: 'Syntax Error: Expected Name', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });
});

describe('formatError answers in one language', () => {
  const log = { warn: () => undefined, error: () => undefined };
  it('a plugin error carrying both texts: Chinese by default, English when the caller asks', () => {
    const policy = new errors.PolicyError('只有报送人可以撤回', { code: 'not-submitter', messages: { 'zh-Hans': '只有报送人可以撤回', en: 'Only the submitter can withdraw' } });
    const wrapped = new GraphQLError(policy.message, { path: ['x'], originalError: policy });
    const shape = { message: policy.message, path: ['x'], extensions: { code: 'FORBIDDEN' } };
    const zh = createFormatError(() => log, () => 'zh-Hans')(shape, wrapped);
    const en = createFormatError(() => log, () => 'en')(shape, wrapped);
    expect(zh.message).toBe('只有报送人可以撤回');
    expect(en.message).toBe('Only the submitter can withdraw');
    expect(JSON.stringify(en)).not.toMatch(/[\u4e00-\u9fff]/);
    expect((en.extensions?.error as { details: Record<string, unknown> }).details).toEqual({ code: 'not-submitter' });
  });
});
