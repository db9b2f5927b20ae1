import { compileDictionary, type Finding, formatBannedMessage, scanText } from './sensitive-words';

const where = (findings: Finding[]): [string, string, number, string][] => findings.map((f) => [f.word, f.field, f.index, f.text]);

describe('scanText', () => {
  it('finds banned and suspect words, with field, position, line, column and context', () => {
    const body = '第一行没有问题。\n第二行提到了某敏感词，还有一个慎用词。';
    const result = scanText({ title: '标题', body }, { banned: ['敏感词'], suspect: ['慎用词'] });
    expect(result.banned).toEqual([
      {
        word: '敏感词',
        category: 'banned',
        field: 'body',
        index: body.indexOf('敏感词'),
        length: 3,
        text: '敏感词',
        line: 2,
        column: 8,
        context: '…题。 第二行提到了某敏感词，还有一个慎用词。',
      },
    ]);
    expect(result.suspect.map((f) => [f.word, f.line, f.column])).toEqual([['慎用词', 2, 16]]);
  });

  it('reports every occurrence, in every field, in field order then position', () => {
    const result = scanText(
      { title: '甲乙 甲乙', summary: null, body: '甲乙丙甲乙', note: undefined },
      { banned: ['甲乙'], suspect: [] },
    );
    expect(where(result.banned)).toEqual([
      ['甲乙', 'title', 0, '甲乙'],
      ['甲乙', 'title', 3, '甲乙'],
      ['甲乙', 'body', 0, '甲乙'],
      ['甲乙', 'body', 3, '甲乙'],
    ]);
  });

  it('finds overlapping and nested words', () => {
    const result = scanText({ body: '中华人民共和国' }, { banned: ['中华人民', '人民共和国', '人民', '共和'], suspect: [] });
    expect(where(result.banned)).toEqual([
      ['中华人民', 'body', 0, '中华人民'],
      ['人民共和国', 'body', 2, '人民共和国'],
      ['人民', 'body', 2, '人民'],
      ['共和', 'body', 4, '共和'],
    ]);
    expect(scanText({ body: 'aaaa' }, { banned: ['aa'], suspect: [] }).banned.map((f) => f.index)).toEqual([0, 1, 2]);
  });

  it('is case-insensitive for Latin letters', () => {
    const result = scanText({ body: 'VPN, vpn and Vpn' }, { banned: ['vPn'], suspect: [] });
    expect(result.banned.map((f) => [f.word, f.index, f.text])).toEqual([
      ['vPn', 0, 'VPN'],
      ['vPn', 5, 'vpn'],
      ['vPn', 13, 'Vpn'],
    ]);
  });

  it('is width-insensitive (NFKC) and reports the original text and positions', () => {
    const body = '前言ＶＰＮ软件，（试行）办法第２０２５号';
    const result = scanText({ body }, { banned: ['vpn', '(试行)', '2025'], suspect: [] });
    expect(where(result.banned)).toEqual([
      ['vpn', 'body', 2, 'ＶＰＮ'],
      ['(试行)', 'body', 8, '（试行）'],
      ['2025', 'body', 15, '２０２５'],
    ]);
    // and the other way round: a full-width dictionary word matches ASCII text
    expect(scanText({ body: 'use vpn' }, { banned: ['ＶＰＮ'], suspect: [] }).banned[0]).toMatchObject({ index: 4, text: 'vpn' });
  });

  it('maps a character that expands under NFKC back to the original character', () => {
    const body = '某某㈱公司';
    const [finding] = scanText({ body }, { banned: ['(株)'], suspect: [] }).banned;
    expect(finding).toMatchObject({ index: 2, length: 1, text: '㈱' });
  });

  it('counts columns in characters, a character outside the BMP counting one', () => {
    const body = '😀𠮷字敏感';
    const [finding] = scanText({ body }, { banned: ['敏感', '𠮷字'], suspect: [] }).banned.filter((f) => f.word === '敏感');
    expect(finding).toMatchObject({ index: 5, column: 4, line: 1 });
    const [rare] = scanText({ body }, { banned: ['𠮷字'], suspect: [] }).banned;
    expect(rare).toMatchObject({ index: 2, length: 3, text: '𠮷字', column: 2 });
  });

  it('cuts the context to a few characters around, whitespace collapsed', () => {
    const body = `${'一'.repeat(30)}\n\n敏感\t${'二'.repeat(30)}`;
    const [finding] = scanText({ body }, { banned: ['敏感'], suspect: [] }).banned;
    expect(finding.context).toBe(`…${'一'.repeat(8)} 敏感 ${'二'.repeat(9)}…`);
  });

  it('counts a word in both lists as banned only, merges words equal after folding, ignores blank words', () => {
    const result = scanText({ body: 'ABC 中文 ' }, { banned: ['abc', ' ', '', 'ＡＢＣ'], suspect: ['Abc', '中文'] });
    expect(result.banned.map((f) => f.word)).toEqual(['abc']);
    expect(result.suspect.map((f) => f.word)).toEqual(['中文']);
  });

  it('finds nothing with an empty dictionary or in empty fields', () => {
    expect(scanText({ body: 'anything' }, { banned: [], suspect: [] })).toEqual({ banned: [], suspect: [] });
    expect(scanText({ body: '', title: null }, { banned: ['a'], suspect: [] })).toEqual({ banned: [], suspect: [] });
  });

  it('scans Markdown raw: a word inside markup is found, a word split by markup is not', () => {
    const result = scanText({ body: '**敏感词** 与 敏**感**词 与 [敏感词](https://example.cn)' }, { banned: ['敏感词'], suspect: [] });
    expect(result.banned.map((f) => f.index)).toEqual([2, 21]);
  });

  it('gives the same findings with a compiled dictionary', () => {
    const dictionary = { banned: ['甲', '乙丙'], suspect: ['丙丁'] };
    const fields = { body: '甲乙丙丁甲' };
    expect(scanText(fields, compileDictionary(dictionary))).toEqual(scanText(fields, dictionary));
  });

  it('agrees with a brute-force search on random text', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = 'abcd';
    const text = Array.from({ length: 3000 }, () => alphabet[random(4)]).join('');
    const words = [...new Set(Array.from({ length: 60 }, () => Array.from({ length: 1 + random(5) }, () => alphabet[random(4)]).join('')))];
    const expected: [string, number][] = [];
    for (const word of words) for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) expected.push([word, i]);
    const found = scanText({ body: text }, { banned: words, suspect: [] }).banned.map((f): [string, number] => [f.word, f.index]);
    const order = (a: [string, number], b: [string, number]): number => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    expect(found.length).toBeGreaterThan(1000);
    expect([...found].sort(order)).toEqual(expected.sort(order));
  });

  it('scans a 20,000-character article against 5,000 words quickly', () => {
    const cjk = (n: number): string => String.fromCharCode(0x4e00 + (n % 2000));
    const words = Array.from({ length: 5000 }, (_, i) => `${cjk(i)}${cjk(Math.floor(i / 2000) + 7)}${cjk(i * 13 + 1)}`);
    expect(new Set(words).size).toBe(5000);
    const paragraph = Array.from({ length: 1000 }, (_, i) => cjk(i * 17 + 5)).join('');
    const article = `${paragraph.repeat(20)}${words[4999]}`;
    expect(article.length).toBeGreaterThanOrEqual(20000);
    const started = process.hrtime.bigint();
    const result = scanText({ body: article }, { banned: words.slice(0, 2500), suspect: words.slice(2500) });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(result.suspect.some((f) => f.word === words[4999] && f.index === article.length - 3)).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it('stays linear with many hits on one long line', () => {
    const body = '禁用'.repeat(10000);
    const started = process.hrtime.bigint();
    const { banned } = scanText({ body }, { banned: ['禁用', '用禁'], suspect: [] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(banned).toHaveLength(19999);
    expect(banned[banned.length - 1]).toMatchObject({ word: '禁用', index: 19998, column: 19999 });
    expect(ms).toBeLessThan(1000);
  });
});

describe('formatBannedMessage', () => {
  it('lists each word with its field, line, column and context, in Chinese then English', () => {
    const { banned } = scanText(
      { title: '某敏感词标题', body: '第一行\n含敏感词和禁词' },
      { banned: ['敏感词', '禁词'], suspect: [] },
    );
    const message = formatBannedMessage(banned, { title: '标题', body: '正文' });
    expect(message).toBe(
      '内容含有2个禁用词，共3处，请修改后再提交：' +
        '「敏感词」：标题第1行第2字“某敏感词标题”；正文第2行第2字“第一行 含敏感词和禁词”；' +
        '「禁词」：正文第2行第6字“第一行 含敏感词和禁词”。' +
        ' (The content contains 2 banned words in 3 places; change them first: ' +
        '"敏感词": title line 1, column 2; body line 2, column 2; "禁词": body line 2, column 6.)',
    );
  });

  it('uses the field key when no label is given, and cuts a long list', () => {
    const { banned } = scanText({ body: '禁'.repeat(40) }, { banned: ['禁'], suspect: [] });
    const message = formatBannedMessage(banned);
    expect(message).toContain('body第1行第30字');
    expect(message).not.toContain('第1行第31字');
    expect(message).toContain('等共40处');
    expect(message).toContain('… 40 in all');
  });

  it('is empty without findings', () => {
    expect(formatBannedMessage([])).toBe('');
  });
});
