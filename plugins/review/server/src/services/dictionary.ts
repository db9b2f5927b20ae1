import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ttlCache } from '@content-assurance/kit/server';

import { compileDictionary, type CompiledDictionary } from '../domain/sensitive-words';
import { conflict, say } from '../errors';
import { repositories } from '../repositories';
import type { SensitiveWordRecord } from '../repositories/sensitive-words';

/** How long a compiled dictionary is reused at most: other instances' edits show within this time. */
const COMPILED_TTL_MS = 10_000;

/** The error and sensitive word dictionary (错敏词库), kept by site administrators. */
const dictionary = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  // Every submission and every view scans with it: compiled once, dropped on this instance's edits.
  const cached = ttlCache<CompiledDictionary>(strapi, { ttlMs: COMPILED_TTL_MS, reuseInTransaction: true, keepFromTransaction: true });
  const changed = <T>(result: T): T => {
    cached.clear();
    return result;
  };
  return {
    async list(): Promise<SensitiveWordRecord[]> {
      return repo.words.findAll();
    },

    /** The dictionary compiled for scanning (banned and suspect lists). */
    async compiled(): Promise<CompiledDictionary> {
      return cached.get('all', () =>
        repo.words.findAll().then((words) =>
          compileDictionary({ banned: words.filter((w) => w.list === 'banned').map((w) => w.word), suspect: words.filter((w) => w.list === 'suspect').map((w) => w.word) }),
        ),
      );
    },

    async add(input: Omit<SensitiveWordRecord, 'id'>): Promise<SensitiveWordRecord> {
      const word = input.word.trim();
      if (await repo.words.findByWord(word)) throw conflict(...say(`词库中已有“${word}”`, `The dictionary already has "${word}"`));
      return changed(await repo.words.create({ ...input, word }));
    },

    async update(id: number, patch: Partial<Omit<SensitiveWordRecord, 'id'>>): Promise<SensitiveWordRecord> {
      if (patch.word !== undefined) {
        const same = await repo.words.findByWord(patch.word.trim());
        if (same && same.id !== id) throw conflict(...say(`词库中已有“${patch.word}”`, `The dictionary already has "${patch.word}"`));
      }
      const updated = await repo.words.update(id, { ...patch, ...(patch.word !== undefined ? { word: patch.word.trim() } : {}) });
      if (!updated) throw new errors.NotFoundError(...say(`找不到词条 #${id}`, `No word #${id}`));
      return changed(updated);
    },

    async remove(id: number): Promise<void> {
      if (!changed(await repo.words.delete(id))) throw new errors.NotFoundError(...say(`找不到词条 #${id}`, `No word #${id}`));
    },
  };
};

export default dictionary;
