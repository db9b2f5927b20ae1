/**
 * The error and sensitive word dictionary (错敏词): words that must not be published (banned 禁用,
 * e.g. wrong official names, forbidden terms) and words a reviewer should look at (suspect 慎用).
 * Checked on submission (banned → 400) and shown to reviewers (suspect).
 *
 * Matching
 * - case-insensitive and width-insensitive: each code point of the text and of the words is folded
 *   with NFKC then lower-cased (ＡＢＣ, ａｂｃ, ABC and abc match alike; full-width digits and
 *   brackets match their ASCII forms; ㈱ matches (株)). Folding is per code point, so a base letter
 *   and a combining accent are not composed — irrelevant for Chinese text, documented for the rest;
 * - positions are reported in the original text (UTF-16 index, 1-based line and column);
 * - every occurrence is reported, overlapping and nested ones included (中华人民共和国 holds 人民 and
 *   共和国: all three are found);
 * - a word in both lists counts as banned only; words equal after folding are one word (the first
 *   spelling is reported);
 * - one Aho–Corasick automaton for both lists: linear in the text length plus the number of matches,
 *   whatever the dictionary size. `compileDictionary` builds it once for reuse across scans.
 *
 * The text is scanned raw. Bodies are Markdown (richtext): a word is still found inside **bold** or
 * a link text, but not when markup splits it (敏**感**词), and words inside URLs or image paths are
 * reported too. Whitespace inside a word is not skipped (敏 感 词 is not 敏感词).
 */

export interface Dictionary {
  banned: readonly string[];
  suspect: readonly string[];
}

export type WordCategory = 'banned' | 'suspect';

export interface Finding {
  /** The dictionary word as written in the dictionary. */
  word: string;
  category: WordCategory;
  field: string;
  /** UTF-16 index of the occurrence in the original field text. */
  index: number;
  /** UTF-16 length of the occurrence in the original text (may differ from the word's: full-width forms, ㈱ …). */
  length: number;
  /** The occurrence as written in the text. */
  text: string;
  /** 1-based line (lines split on \n). */
  line: number;
  /** 1-based column in code points (a Chinese character counts 1). */
  column: number;
  /** A few characters around, whitespace collapsed, … where cut. */
  context: string;
}

export interface ScanResult {
  banned: Finding[];
  suspect: Finding[];
}

interface Word {
  word: string;
  category: WordCategory;
  /** Folded length in UTF-16 units. */
  foldedLength: number;
}

/** A dictionary compiled for scanning (an Aho–Corasick automaton). */
export interface CompiledDictionary {
  readonly kind: 'compiled-dictionary';
  readonly size: number;
  /** @internal */
  readonly automaton: DictionaryAutomaton;
}

export interface DictionaryAutomaton {
  children: Map<number, number>[];
  fail: number[];
  /** Words ending exactly at the node. */
  output: number[][];
  /** The nearest node on the fail chain with an output (-1: none). */
  outputLink: number[];
  words: Word[];
}

const CONTEXT_CHARS = 10;

const foldCodePoint = (cp: string): string => cp.normalize('NFKC').toLowerCase();

/** The folded text and, for each of its UTF-16 units, the original range of the code point it came from. */
const foldWithMap = (text: string): { folded: string; starts: number[]; ends: number[] } => {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const cp of text) {
    const f = foldCodePoint(cp);
    const end = i + cp.length;
    for (let k = 0; k < f.length; k += 1) {
      starts.push(i);
      ends.push(end);
    }
    folded += f;
    i = end;
  }
  return { folded, starts, ends };
};

const fold = (text: string): string => {
  let out = '';
  for (const cp of text) out += foldCodePoint(cp);
  return out;
};

export const compileDictionary = (dictionary: Dictionary): CompiledDictionary => {
  const children: Map<number, number>[] = [new Map()];
  const output: number[][] = [[]];
  const words: Word[] = [];
  const seen = new Set<string>();
  const add = (word: string, category: WordCategory): void => {
    if (typeof word !== 'string') return;
    const folded = fold(word.trim());
    if (folded === '' || seen.has(folded)) return;
    seen.add(folded);
    let node = 0;
    for (let i = 0; i < folded.length; i += 1) {
      const c = folded.charCodeAt(i);
      let next = children[node].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        output.push([]);
        children[node].set(c, next);
      }
      node = next;
    }
    output[node].push(words.length);
    words.push({ word: word.trim(), category, foldedLength: folded.length });
  };
  for (const w of dictionary.banned) add(w, 'banned');
  for (const w of dictionary.suspect) add(w, 'suspect');

  const fail = new Array<number>(children.length).fill(0);
  const outputLink = new Array<number>(children.length).fill(-1);
  const queue: number[] = [];
  for (const child of children[0].values()) queue.push(child);
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head];
    for (const [c, child] of children[node]) {
      let f = fail[node];
      while (f !== 0 && !children[f].has(c)) f = fail[f];
      const target = children[f].get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      outputLink[child] = output[fail[child]].length > 0 ? fail[child] : outputLink[fail[child]];
      queue.push(child);
    }
  }
  return { kind: 'compiled-dictionary', size: words.length, automaton: { children, fail, output, outputLink, words } };
};

const isCompiled = (d: Dictionary | CompiledDictionary): d is CompiledDictionary =>
  (d as CompiledDictionary).kind === 'compiled-dictionary';

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

const contextOf = (text: string, start: number, end: number): string => {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to += 1;
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
};

/** Start index of each line. */
const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

const lineOf = (starts: readonly number[], index: number): number => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** For each UTF-16 index, how many code points precede it. */
const codePointOffsets = (text: string): Uint32Array => {
  const offsets = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    offsets[i] = n;
    if (!(isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)))) n += 1;
  }
  offsets[text.length] = n;
  return offsets;
};

const scanField = (field: string, text: string, automaton: DictionaryAutomaton, into: ScanResult): void => {
  const { folded, starts, ends } = foldWithMap(text);
  const { children, fail, output, outputLink, words } = automaton;
  const found: Finding[] = [];
  let lines: number[] | null = null;
  let offsets: Uint32Array | null = null;
  let node = 0;
  for (let j = 0; j < folded.length; j += 1) {
    const c = folded.charCodeAt(j);
    while (node !== 0 && !children[node].has(c)) node = fail[node];
    node = children[node].get(c) ?? 0;
    for (let n = output[node].length > 0 ? node : outputLink[node]; n !== -1 && n !== 0; n = outputLink[n]) {
      for (const w of output[n]) {
        const word = words[w];
        const start = starts[j - word.foldedLength + 1];
        const end = ends[j];
        lines ??= lineStarts(text);
        offsets ??= codePointOffsets(text);
        const lineIndex = lineOf(lines, start);
        found.push({
          word: word.word,
          category: word.category,
          field,
          index: start,
          length: end - start,
          text: text.slice(start, end),
          line: lineIndex + 1,
          column: offsets[start] - offsets[lines[lineIndex]] + 1,
          context: contextOf(text, start, end),
        });
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  for (const f of found) into[f.category].push(f);
};

/**
 * Scans each field (in the object's key order) for the dictionary's words. Null and undefined
 * fields are skipped. Findings are ordered by field, then position, longer words first.
 */
export const scanText = (
  fields: Readonly<Record<string, string | null | undefined>>,
  dictionary: Dictionary | CompiledDictionary,
): ScanResult => {
  const compiled = isCompiled(dictionary) ? dictionary : compileDictionary(dictionary);
  const result: ScanResult = { banned: [], suspect: [] };
  if (compiled.size === 0) return result;
  for (const [field, text] of Object.entries(fields)) {
    if (typeof text === 'string' && text !== '') scanField(field, text, compiled.automaton, result);
  }
  return result;
};

const MAX_LISTED = 30;

/**
 * The 400 message for banned words, Chinese then English: each word with where it occurs (field,
 * line and column; the context in the Chinese part). `fieldLabels` names the fields in Chinese
 * (e.g. { title: '标题', body: '正文' }); the English part uses the field keys. At most 30 positions
 * are listed, then the total. Empty findings give ''.
 */
export const formatBannedMessage = (findings: readonly Finding[], fieldLabels: Readonly<Record<string, string>> = {}): string => {
  if (findings.length === 0) return '';
  const byWord = new Map<string, Finding[]>();
  for (const f of findings.slice(0, MAX_LISTED)) {
    const list = byWord.get(f.word) ?? [];
    list.push(f);
    byWord.set(f.word, list);
  }
  const zh: string[] = [];
  const en: string[] = [];
  for (const [word, list] of byWord) {
    zh.push(`「${word}」：${list.map((f) => `${fieldLabels[f.field] ?? f.field}第${f.line}行第${f.column}字“${f.context}”`).join('；')}`);
    en.push(`"${word}": ${list.map((f) => `${f.field} line ${f.line}, column ${f.column}`).join('; ')}`);
  }
  const more = findings.length > MAX_LISTED;
  const words = new Set(findings.map((f) => f.word)).size;
  return (
    `内容含有${words}个禁用词，共${findings.length}处，请修改后再提交：${zh.join('；')}${more ? `；等共${findings.length}处` : ''}。` +
    ` (The content contains ${words} banned word${words > 1 ? 's' : ''} in ${findings.length} place${findings.length > 1 ? 's' : ''}; ` +
    `change ${findings.length > 1 ? 'them' : 'it'} first: ${en.join('; ')}${more ? `; … ${findings.length} in all` : ''}.)`
  );
};
