import { joinMessages, languageFromAcceptLanguage, languageOfAdmin, languageOfRequest, localizeError, problemsIn } from './language';

describe('the language of a request', () => {
  it.each([
    [undefined, 'zh-Hans'],
    ['', 'zh-Hans'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-Hans'],
    ['fr-FR,en;q=0.5,zh;q=0.9', 'zh-Hans'],
    ['fr-FR,de;q=0.5', 'zh-Hans'],
    ['en;q=0, zh', 'zh-Hans'],
    ['de, en-GB;q=0.7', 'en'],
  ])('Accept-Language %j → %s', (header, language) => {
    expect(languageFromAcceptLanguage(header)).toBe(language);
  });

  it('an admin user: the profile language, zh-Hans when unset; the header does not count', () => {
    const get = () => 'en';
    expect(languageOfAdmin(null)).toBe('zh-Hans');
    expect(languageOfRequest({ get, state: { auth: { strategy: { name: 'admin' } }, user: { preferedLanguage: null } } })).toBe('zh-Hans');
    expect(languageOfRequest({ get, state: { auth: { strategy: { name: 'admin' } }, user: { preferedLanguage: 'en' } } })).toBe('en');
    expect(languageOfRequest({ get: () => '', state: { auth: { strategy: { name: 'users-permissions' } }, user: { preferedLanguage: 'en' } } })).toBe('zh-Hans');
  });
});

describe('localizeError', () => {
  it('takes the chosen text of details.messages and drops both', () => {
    const error = { message: '中文', details: { code: 'x', messages: { 'zh-Hans': '中文', en: 'English' } } };
    expect(localizeError(error, 'en')).toBe(true);
    expect(error).toEqual({ message: 'English', details: { code: 'x' } });
  });
  it('field errors with both texts, and yup’s "[object Object]"', () => {
    const error = { message: '[object Object]', details: { errors: [{ path: ['id'], message: { 'zh-Hans': 'id 应为正整数', en: 'id must be a whole number from 1' } }] } };
    localizeError(error, 'zh-Hans');
    expect(error.message).toBe('id 应为正整数');
    expect(error.details.errors[0].message).toBe('id 应为正整数');
  });
  it('leaves an error without both texts alone', () => {
    const error = { message: 'Forbidden', details: {} };
    expect(localizeError(error, 'en')).toBe(false);
    expect(error.message).toBe('Forbidden');
  });
});

describe('reports and lists of messages', () => {
  const problem = { line: 3, field: 'frequency', message: { 'zh-Hans': '第3行：无法识别的保障时限', en: 'row 3: unreadable frequency' } };

  it('an error\'s problems are answered in one language', () => {
    const error = { message: '导入文件有1处问题', details: { problems: [{ ...problem, message: { ...problem.message } }] } };
    expect(localizeError(error, 'en')).toBe(true);
    expect(error.details.problems[0].message).toBe('row 3: unreadable frequency');
  });

  it('a report\'s problems in one language, the rest of each problem kept', () => {
    expect(problemsIn([problem], 'zh-Hans')).toEqual([{ line: 3, field: 'frequency', message: '第3行：无法识别的保障时限' }]);
  });

  it('joins messages the way each language writes a list', () => {
    expect(joinMessages([{ 'zh-Hans': '甲', en: 'a' }, { 'zh-Hans': '乙', en: 'b' }])).toEqual({ 'zh-Hans': '甲；乙', en: 'a; b' });
  });
});
