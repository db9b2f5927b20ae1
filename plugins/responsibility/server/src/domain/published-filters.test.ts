import { publishedOnlyFilters, type ModelInfo } from './published-filters';

const MODELS: Record<string, { draftAndPublish: boolean; relations: Record<string, string> }> = {
  'api::column.column': { draftAndPublish: false, relations: { articles: 'api::article.article', parent: 'api::column.column' } },
  'api::article.article': { draftAndPublish: true, relations: { column: 'api::column.column', interpretations: 'api::interpretation.interpretation' } },
  'api::interpretation.interpretation': { draftAndPublish: true, relations: { policyArticle: 'api::article.article' } },
};
const model = (uid: string): ModelInfo | null => {
  const m = MODELS[uid];
  return m ? { draftAndPublish: m.draftAndPublish, relationTarget: (attribute) => m.relations[attribute] ?? null } : null;
};
const PUBLISHED = { publishedAt: { $notNull: true } };

describe('publishedOnlyFilters', () => {
  it('makes a relation to a type with drafts match published versions only', () => {
    expect(publishedOnlyFilters({ articles: { title: { $startsWith: '未' } } }, 'api::column.column', model)).toEqual({
      articles: { title: { $startsWith: '未' }, ...PUBLISHED },
    });
  });

  it('follows nested relations and logical operators', () => {
    const filters = {
      $or: [{ name: { $eq: '通知公告' } }, { parent: { articles: { interpretations: { title: { $contains: '解读' } } } } }],
      $not: { articles: { id: { $eq: 1 } } },
    };
    expect(publishedOnlyFilters(filters, 'api::column.column', model)).toEqual({
      $or: [{ name: { $eq: '通知公告' } }, { parent: { articles: { interpretations: { title: { $contains: '解读' }, ...PUBLISHED }, ...PUBLISHED } } }],
      $not: { articles: { id: { $eq: 1 }, ...PUBLISHED } },
    });
  });

  it('leaves scalar fields, relations to types without drafts and malformed values alone', () => {
    expect(publishedOnlyFilters({ column: { name: { $eq: 'x' } }, title: 'y' }, 'api::article.article', model)).toEqual({ column: { name: { $eq: 'x' } }, title: 'y' });
    expect(publishedOnlyFilters({ $and: 'x', articles: 'abc' }, 'api::column.column', model)).toEqual({ $and: 'x', articles: 'abc' });
    expect(publishedOnlyFilters('x', 'api::column.column', model)).toBe('x');
    expect(publishedOnlyFilters({ a: 1 }, 'api::unknown.unknown', model)).toEqual({ a: 1 });
  });
});
