import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { conflict } from '../errors';
import { repositories } from '../repositories';
import type { SensitiveWordRecord } from '../repositories/sensitive-words';

/** The error and sensitive word dictionary (错敏词库), kept by site administrators. */
const dictionary = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  return {
    async list(): Promise<SensitiveWordRecord[]> {
      return repo.words.findAll();
    },

    async add(input: Omit<SensitiveWordRecord, 'id'>): Promise<SensitiveWordRecord> {
      const word = input.word.trim();
      if (await repo.words.findByWord(word)) throw conflict(`词库中已有“${word}” (the dictionary already has "${word}")`);
      return repo.words.create({ ...input, word });
    },

    async update(id: number, patch: Partial<Omit<SensitiveWordRecord, 'id'>>): Promise<SensitiveWordRecord> {
      if (patch.word !== undefined) {
        const same = await repo.words.findByWord(patch.word.trim());
        if (same && same.id !== id) throw conflict(`词库中已有“${patch.word}” (the dictionary already has "${patch.word}")`);
      }
      const updated = await repo.words.update(id, { ...patch, ...(patch.word !== undefined ? { word: patch.word.trim() } : {}) });
      if (!updated) throw new errors.NotFoundError(`找不到词条 #${id} (no word #${id})`);
      return updated;
    },

    async remove(id: number): Promise<void> {
      if (!(await repo.words.delete(id))) throw new errors.NotFoundError(`找不到词条 #${id} (no word #${id})`);
    },
  };
};

export default dictionary;
