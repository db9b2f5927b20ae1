/**
 * yup's default messages (0.32, the version @strapi/utils validates with) in Chinese. A field error a schema
 * did not word itself reads "from is a required field"; src/middlewares/readable-errors.ts puts such a text
 * in Chinese for a person working in Chinese, for our plugins' validation and Strapi's own alike. Pure.
 */
import { bilingual, type Bilingual } from '@content-assurance/kit/shared';

type Rule = [RegExp, (match: RegExpMatchArray) => string];

// ${path} is group 1 in every pattern; texts as yup/lib/locale.js words them.
const RULES: Rule[] = [
  [/^(.+?) is a required field$/s, (m) => `${m[1]} 为必填项`],
  [/^(.+?) is invalid$/s, (m) => `${m[1]} 的值无效`],
  [/^(.+?) must be defined$/s, (m) => `${m[1]} 必须填写`],
  [/^(.+?) must be one of the following values: (.*)$/s, (m) => `${m[1]} 只能是以下值之一：${m[2]}`],
  [/^(.+?) must not be one of the following values: (.*)$/s, (m) => `${m[1]} 不能是以下值：${m[2]}`],
  [/^(.+?) must be a `(\w+)` type, but the final value was: .*$/s, (m) => `${m[1]} 的类型应为 ${m[2]}`],
  [/^(.+?) must be exactly (\d+) characters$/s, (m) => `${m[1]} 应为 ${m[2]} 个字符`],
  [/^(.+?) must be at least (\d+) characters$/s, (m) => `${m[1]} 至少 ${m[2]} 个字符`],
  [/^(.+?) must be at most (\d+) characters$/s, (m) => `${m[1]} 最多 ${m[2]} 个字符`],
  [/^(.+?) must match the following: "(.*)"$/s, (m) => `${m[1]} 的格式不正确（应符合 ${m[2]}）`],
  [/^(.+?) must be a valid email$/s, (m) => `${m[1]} 不是有效的邮箱地址`],
  [/^(.+?) must be a valid URL$/s, (m) => `${m[1]} 不是有效的网址`],
  [/^(.+?) must be a valid UUID$/s, (m) => `${m[1]} 不是有效的 UUID`],
  [/^(.+?) must be a trimmed string$/s, (m) => `${m[1]} 首尾不能有空格`],
  [/^(.+?) must be greater than or equal to (.+)$/s, (m) => `${m[1]} 应大于或等于 ${m[2]}`],
  [/^(.+?) must be less than or equal to (.+)$/s, (m) => `${m[1]} 应小于或等于 ${m[2]}`],
  [/^(.+?) must be less than (.+)$/s, (m) => `${m[1]} 应小于 ${m[2]}`],
  [/^(.+?) must be greater than (.+)$/s, (m) => `${m[1]} 应大于 ${m[2]}`],
  [/^(.+?) must be a positive number$/s, (m) => `${m[1]} 应为正数`],
  [/^(.+?) must be a negative number$/s, (m) => `${m[1]} 应为负数`],
  [/^(.+?) must be an integer$/s, (m) => `${m[1]} 应为整数`],
  [/^(.+?) field must be later than (.+)$/s, (m) => `${m[1]} 应晚于 ${m[2]}`],
  [/^(.+?) field must be at earlier than (.+)$/s, (m) => `${m[1]} 应早于 ${m[2]}`],
  [/^(.+?) field must be (true|false)$/s, (m) => `${m[1]} 应为 ${m[2]}`],
  [/^(.+?) field has unspecified keys: (.*)$/s, (m) => `${m[1]} 含有不认识的字段：${m[2]}`],
  [/^(.+?) field must have at least (\d+) items$/s, (m) => `${m[1]} 至少要有 ${m[2]} 项`],
  [/^(.+?) field must have less than or equal to (\d+) items$/s, (m) => `${m[1]} 最多 ${m[2]} 项`],
  [/^(.+?) must be have (\d+) items$/s, (m) => `${m[1]} 应有 ${m[2]} 项`],
];

/** A yup default message in both languages, or null for any other text (a schema's own words are left alone). */
export const yupMessage = (message: string): Bilingual | null => {
  if (/[\u4e00-\u9fff]/.test(message)) return null;
  const text = message.replace(/\.$/, ''); // Strapi's own copies of some end with a full stop
  for (const [pattern, zh] of RULES) {
    const match = text.match(pattern);
    if (match) return bilingual(zh(match), message);
  }
  return null;
};
