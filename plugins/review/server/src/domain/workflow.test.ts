import {
  applicableLevels,
  conditionHolds,
  DEFAULT_LEVELS,
  type LevelCondition,
  type LevelDefinition,
  snapshotLevels,
  validateWorkflowDefinition,
} from './workflow';

const keys = (levels: readonly { key: string }[]): string[] => levels.map((l) => l.key);

describe('DEFAULT_LEVELS', () => {
  it('is 初审 → 保密审核 → 分管负责人审签 → 主要负责人审签 with their duties', () => {
    expect(DEFAULT_LEVELS.map((l) => [l.name.zh, l.name.en, l.duty])).toEqual([
      ['初审', 'Section review', 'section-reviewer'],
      ['保密审核', 'Confidentiality review', 'confidentiality-reviewer'],
      ['分管负责人审签', 'Leader in charge', 'leader-in-charge'],
      ['主要负责人审签', 'Principal leader', 'principal-leader'],
    ]);
  });

  it('is a valid definition, and survives a JSON round trip', () => {
    const result = validateWorkflowDefinition(JSON.parse(JSON.stringify(DEFAULT_LEVELS)));
    expect(result).toEqual({ ok: true, levels: JSON.parse(JSON.stringify(DEFAULT_LEVELS)) });
  });

  it('cannot be mutated by accident', () => {
    expect(() => {
      (DEFAULT_LEVELS[0].name as { zh: string }).zh = '改';
    }).toThrow(TypeError);
    expect(DEFAULT_LEVELS[0].name.zh).toBe('初审');
  });
});

describe('applicableLevels', () => {
  it('adds the principal leader only for important items', () => {
    expect(keys(applicableLevels(DEFAULT_LEVELS, { importance: 'important' }))).toEqual([
      'section',
      'confidentiality',
      'leader-in-charge',
      'principal-leader',
    ]);
    expect(keys(applicableLevels(DEFAULT_LEVELS, { importance: 'normal' }))).toEqual(['section', 'confidentiality', 'leader-in-charge']);
    expect(keys(applicableLevels(DEFAULT_LEVELS, {}))).toEqual(['section', 'confidentiality', 'leader-in-charge']);
  });

  it('snapshots key, name and duty only, as copies', () => {
    const snapshot = snapshotLevels(DEFAULT_LEVELS, { importance: 'important' });
    expect(snapshot[3]).toEqual({ key: 'principal-leader', name: { zh: '主要负责人审签', en: 'Principal leader' }, duty: 'principal-leader' });
    expect(snapshot[3]).not.toHaveProperty('condition');
    snapshot[0].name.zh = 'changed';
    expect(DEFAULT_LEVELS[0].name.zh).toBe('初审');
  });
});

describe('conditionHolds', () => {
  const item = { importance: 'important', isPolicyDocument: true, kind: 'article', pages: 3 };
  it.each<[LevelCondition, boolean]>([
    [{ field: 'importance', equals: 'important' }, true],
    [{ field: 'importance', equals: 'normal' }, false],
    [{ field: 'pages', equals: '3' }, false], // strict comparison
    [{ field: 'pages', equals: 3 }, true],
    [{ field: 'missing', equals: null }, true], // a missing attribute counts as null
    [{ field: 'missing', equals: false }, false],
    [{ field: 'kind', in: ['interpretation', 'article'] }, true],
    [{ field: 'kind', in: ['reply'] }, false],
    [{ all: [{ field: 'importance', equals: 'important' }, { field: 'isPolicyDocument', equals: true }] }, true],
    [{ all: [{ field: 'importance', equals: 'important' }, { field: 'isPolicyDocument', equals: false }] }, false],
    [{ any: [{ field: 'kind', equals: 'reply' }, { field: 'isPolicyDocument', equals: true }] }, true],
    [{ any: [{ field: 'kind', equals: 'reply' }, { field: 'isPolicyDocument', equals: false }] }, false],
    [{ not: { field: 'kind', equals: 'reply' } }, true],
    [{ not: { any: [{ field: 'kind', equals: 'article' }] } }, false],
  ])('%j → %s', (condition, expected) => {
    expect(conditionHolds(condition, item)).toBe(expected);
  });

  it('does not read inherited properties', () => {
    expect(conditionHolds({ field: 'toString', equals: null }, {})).toBe(true);
  });
});

describe('validateWorkflowDefinition', () => {
  const level = (over: Partial<LevelDefinition> & Record<string, unknown> = {}): Record<string, unknown> => ({
    key: 'section',
    name: { zh: '初审', en: 'Section review' },
    duty: 'section-reviewer',
    ...over,
  });

  const errorsOf = (value: unknown): string[] => {
    const result = validateWorkflowDefinition(value);
    if (result.ok) throw new Error('expected the definition to be refused');
    // each problem in both languages, each text in one
    for (const error of result.errors) {
      expect(error.en).not.toMatch(/[\u4e00-\u9fff]{2}/);
      expect(error['zh-Hans']).toMatch(/[\u4e00-\u9fff]/);
    }
    return result.errors.map((error) => error['zh-Hans']);
  };

  it('accepts a custom workflow with nested conditions and returns clean copies', () => {
    const definition = [
      level({ name: { zh: ' 初审 ', en: 'Section review' } }),
      level({
        key: 'leader',
        duty: 'leader-in-charge',
        condition: { any: [{ field: 'importance', in: ['important', 'urgent'] }, { not: { field: 'isPolicyDocument', equals: false } }] },
      }),
      level({ key: 'section-again', duty: 'section-reviewer' }), // the same duty again, not consecutive
    ];
    const result = validateWorkflowDefinition(definition);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.levels[0].name.zh).toBe('初审');
      expect(result.levels[1].condition).toEqual(definition[1].condition);
      expect(result.levels[1].condition).not.toBe(definition[1].condition);
    }
  });

  it.each<[string, unknown, RegExp]>([
    ['not an array', { levels: [] }, /数组/],
    ['empty', [], /至少要有一级/],
    ['a bad key', [level({ key: 'Section 1' })], /levels\[0\]\.key/],
    ['an unknown duty', [level({ duty: 'editor' as never })], /未知职责 "editor"/],
    ['a blank name', [level({ name: { zh: ' ', en: 'x' } })], /levels\[0\]\.name\.zh/],
    ['a name without en', [level({ name: { zh: '初审' } as never })], /levels\[0\]\.name\.en/],
    ['an unknown property', [level({ approvers: 2 })], /多余的属性 approvers/],
    ['an unknown condition shape', [level(), level({ key: 'b', duty: 'leader-in-charge', condition: { field: 'x', matches: 'y' } as never })], /未知的条件形式/],
    ['an empty all', [level(), level({ key: 'b', duty: 'leader-in-charge', condition: { all: [] } })], /\.all: 必须是非空/],
    ['an empty in', [level(), level({ key: 'b', duty: 'leader-in-charge', condition: { field: 'x', in: [] } })], /\.in: 必须是非空/],
    ['an object as value', [level(), level({ key: 'b', duty: 'leader-in-charge', condition: { field: 'x', equals: {} } as never })], /\.equals/],
    ['a dotted field', [level(), level({ key: 'b', duty: 'leader-in-charge', condition: { field: 'unit.name', equals: 'x' } })], /\.field/],
    ['duplicate keys', [level(), level({ duty: 'leader-in-charge' })], /"section" 与 levels\[0\] 重复/],
    ['consecutive identical duties', [level(), level({ key: 'section-2' })], /levels\[1\]\.duty: 与上一级职责相同/],
    [
      'only conditional levels',
      [level({ condition: { field: 'importance', equals: 'important' } })],
      /至少要有一级无条件适用/,
    ],
  ])('refuses %s', (_label, value, message) => {
    const errors = errorsOf(value);
    expect(errors.some((e) => message.test(e))).toBe(true);
  });

  it('refuses conditions nested too deep', () => {
    let condition: LevelCondition = { field: 'x', equals: 1 };
    for (let i = 0; i < 10; i += 1) condition = { not: condition };
    expect(errorsOf([level(), level({ key: 'b', duty: 'leader-in-charge', condition })]).join('\n')).toMatch(/嵌套超过8层/);
  });

  it('reports every error, not only the first', () => {
    expect(errorsOf([level({ key: 'X' }), level({ key: 'b', duty: 'nobody' as never })]).length).toBeGreaterThanOrEqual(2);
  });
});
