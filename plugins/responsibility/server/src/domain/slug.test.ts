import { slugSegment, uniqueSlug } from './slug';

describe('column slugs', () => {
  it('uses the pinyin initials of a Chinese name', () => {
    expect(slugSegment('政务公开')).toBe('zwgk');
    expect(slugSegment('通知公告')).toBe('tzgg');
  });
  it('keeps latin letters and digits and drops punctuation', () => {
    expect(slugSegment('2025年报（GDP）')).toBe('2025nbgdp');
    expect(slugSegment('——')).toBe('column');
  });
  it('prefixes the parent and resolves clashes with a counter', () => {
    const taken = new Set<string>();
    expect(uniqueSlug(null, '政务公开', taken)).toBe('zwgk');
    expect(uniqueSlug('zwgk', '政府文件', taken)).toBe('zwgk-zfwj');
    expect(uniqueSlug('zwgk', '政府文件', taken)).toBe('zwgk-zfwj-2');
    expect(taken.size).toBe(3);
  });
});
