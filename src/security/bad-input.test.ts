import { checkContentApiQuery, classifyBadInput, strapiMessage } from './bad-input';

/** Errors as the drivers and the query builder throw them (shapes copied from pg, better-sqlite3, knex, @strapi/database 5.54). */
const pgError = (code: string, message: string) =>
  Object.assign(new Error(`select "t0".* from "public"."articles" as "t0" where ("t0"."id" = $1) limit $2 - ${message}`), { name: 'error', code, severity: 'ERROR' });
const sqliteError = (code: string) => Object.assign(new Error('select `t0`.* from `articles` as `t0` limit 25 offset 1e20 - datatype mismatch'), { name: 'SqliteError', code });

describe('classifyBadInput', () => {
  it.each([
    ['pg invalid integer', pgError('22P02', 'invalid input syntax for type integer: "abc"'), 'not-a-number'],
    ['pg out of range', pgError('22003', 'value "99999999999" is out of range for type integer'), 'out-of-range'],
    ['pg NUL in text', pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'), 'bad-text'],
    ['pg bad timestamp', pgError('22007', 'invalid input syntax for type timestamp'), 'bad-date'],
    ['sqlite offset beyond 64 bits', sqliteError('SQLITE_MISMATCH'), 'out-of-range'],
    ['sqlite binding an object', new TypeError('select `t0`.* from `articles` - SQLite3 can only bind numbers, strings, bigints, buffers, and null'), 'bad-filter'],
    ['$and not an array', new Error('Operator $and must be an array'), 'bad-filter'],
    ['$not a string', new Error('Where must be an array or an object'), 'bad-filter'],
    ['unknown operator', new Error('Undefined attribute level operator $foo'), 'bad-filter'],
    ['$between not an array', Object.assign(new Error('The second argument to whereBetween must be an array.'), { name: 'AssertionError' }), 'bad-filter'],
    ['unknown sort attribute', new Error('Attribute nope not found on model api::article.article'), 'bad-sort'],
    ['JSON body', Object.assign(new SyntaxError('Unexpected token'), { status: 400 }), 'bad-json'],
  ])('%s → %s', (_name, error, kind) => {
    const found = classifyBadInput(error);
    expect(found?.kind).toBe(kind);
    expect(found?.message['zh-Hans']).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
    expect(found?.message['zh-Hans']).not.toMatch(/\((the|a) /);
    expect(found?.message.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(found?.message)).not.toMatch(/select|from|articles/i);
  });

  it.each([
    ['a plain fault', new Error('Cannot read properties of undefined')],
    ['a pg fault that is not the caller’s (unique violation)', pgError('23505', 'duplicate key value violates unique constraint')],
    ['a pg connection error', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a SyntaxError of our own code', new SyntaxError('Unexpected token')],
    ['not an error', 'Operator $and must be an array'],
    ['nothing', undefined],
  ])('%s stays a fault', (_name, error) => {
    expect(classifyBadInput(error)).toBeNull();
  });
});

describe('checkContentApiQuery', () => {
  it.each([
    [{ pagination: { page: '-1' } }, /pagination\[page\].*1 to 2147483647/],
    [{ pagination: { page: '0' } }, /pagination\[page\]/],
    [{ pagination: { pageSize: 'abc' } }, /pagination\[pageSize\]/],
    [{ pagination: { start: '-5' } }, /pagination\[start\].*0 to/],
    [{ pagination: { limit: '1.5' } }, /pagination\[limit\]/],
    [{ pagination: { page: '99999999999' } }, /pagination\[page\]/],
    [{ pagination: 'abc' }, /must be an object/],
    [{ pagination: { withCount: 'maybe' } }, /withCount/],
    [{ pagination: { foo: '1' } }, /unknown pagination parameter "foo"/],
    [{ filters: { id: { $eq: 'abc' } } }, /whole numbers/],
    [{ filters: { id: 'abc' } }, /whole numbers/],
    [{ filters: { id: { $in: ['1', 'x'] } } }, /whole numbers/],
    [{ filters: { id: { $eq: '99999999999' } } }, /at most 2147483647/],
    [{ filters: { column: { id: { $eq: '1.5' } } } }, /whole numbers/],
    [{ filters: { $and: [{ title: 'x' }, { id: { $gt: 'abc' } }] } }, /whole numbers/],
    [{ populate: { column: { filters: { id: { $eq: 'abc' } } } } }, /whole numbers/],
  ])('%j → 400', (query, message) => {
    expect(checkContentApiQuery(query)?.message.en).toMatch(message);
  });

  it.each([
    [{}],
    [{ pagination: { page: '2', pageSize: '10', withCount: 'false' } }],
    [{ pagination: { start: '0', limit: '-1' } }],
    [{ filters: { id: { $eq: '12' }, title: { $contains: 'abc' } } }],
    [{ filters: { id: { $in: ['1', '2'] }, column: { id: 3 } } }],
    [{ filters: { id: { $null: 'true' } } }],
    [{ populate: { column: { fields: ['name'] } } }],
  ])('%j passes', (query) => {
    expect(checkContentApiQuery(query)).toBeNull();
  });
});

describe('strapiMessage', () => {
  it('gives Strapi’s English query and relation messages a Chinese text naming the same thing', () => {
    expect(strapiMessage('Invalid key nonexistent')).toEqual({ 'zh-Hans': '查询参数无效：不认识的键“nonexistent”', en: 'Invalid key nonexistent' });
    expect(strapiMessage('Invalid relations')).toEqual({ 'zh-Hans': '关联的记录不存在或编号无效', en: 'Invalid relations' });
  });
  it('leaves field messages and Chinese ones alone', () => {
    expect(strapiMessage('channel must be one of the following values: a, b')).toBeNull();
    expect(strapiMessage('查询参数无效：不认识的键“x”')).toBeNull();
  });
});
