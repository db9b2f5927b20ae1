import { pinyin } from 'pinyin-pro';

/**
 * Column slugs the way Chinese government sites write them: the pinyin initials of each level,
 * joined by "-" (政务公开 → zwgk, 政务公开/政府文件 → zwgk-zfwj).
 */
export const slugSegment = (name: string): string => {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return initials || 'column';
};

/** A slug not yet in `taken`: the pinyin path, then -2, -3 … on a clash. Adds it to `taken`. */
export const uniqueSlug = (parentSlug: string | null, name: string, taken: Set<string>): string => {
  const base = parentSlug ? `${parentSlug}-${slugSegment(name)}` : slugSegment(name);
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
};
