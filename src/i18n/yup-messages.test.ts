import { yupMessage } from './yup-messages';

describe('yup default messages in Chinese', () => {
  it.each([
    ['from is a required field', 'from 为必填项'],
    ['levels[0].name must be at most 100 characters', 'levels[0].name 最多 100 个字符'],
    ['list must be one of the following values: banned, suspect', 'list 只能是以下值之一：banned, suspect'],
    ['email must be a valid email', 'email 不是有效的邮箱地址'],
    ['page must be greater than or equal to 1', 'page 应大于或等于 1'],
    ['size must be less than 10', 'size 应小于 10'],
    ['id must be a `number` type, but the final value was: `NaN` (cast from the value `"abc"`).', 'id 的类型应为 number'],
    ['columnIds field must have at least 1 items', 'columnIds 至少要有 1 项'],
    ['this field has unspecified keys: foo', 'this 含有不认识的字段：foo'],
    ['content must be defined.', 'content 必须填写'],
  ])('%s → %s', (english, chinese) => {
    expect(yupMessage(english)).toEqual({ 'zh-Hans': chinese, en: english });
  });

  it('leaves a schema\'s own words and Chinese texts alone', () => {
    expect(yupMessage('from must be a date YYYY-MM-DD')).toBeNull();
    expect(yupMessage('名称 为必填项')).toBeNull();
    expect(yupMessage('2 errors occurred')).toBeNull();
  });
});
