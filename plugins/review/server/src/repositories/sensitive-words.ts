import type { Core } from '@strapi/strapi';

const WORD = 'plugin::review.sensitive-word';

export interface SensitiveWordRecord {
  id: number;
  word: string;
  list: 'banned' | 'suspect';
  note: string | null;
}

/** The error and sensitive word dictionary (错敏词库). */
const sensitiveWordsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findAll(): Promise<SensitiveWordRecord[]> {
    return strapi.db.query(WORD).findMany({ select: ['id', 'word', 'list', 'note'], orderBy: [{ list: 'asc' }, { word: 'asc' }] });
  },

  async findByWord(word: string): Promise<SensitiveWordRecord | null> {
    return strapi.db.query(WORD).findOne({ where: { word } });
  },

  async create(word: Omit<SensitiveWordRecord, 'id'>): Promise<SensitiveWordRecord> {
    return strapi.db.query(WORD).create({ data: word });
  },

  async update(id: number, patch: Partial<Omit<SensitiveWordRecord, 'id'>>): Promise<SensitiveWordRecord | null> {
    return strapi.db.query(WORD).update({ where: { id }, data: patch });
  },

  async delete(id: number): Promise<SensitiveWordRecord | null> {
    return strapi.db.query(WORD).delete({ where: { id } });
  },
});

export default sensitiveWordsRepository;
export type SensitiveWordsRepository = ReturnType<typeof sensitiveWordsRepository>;
