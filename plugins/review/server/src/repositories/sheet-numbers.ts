import type { Core } from '@strapi/strapi';

import { isUniqueViolation } from './review-states';

const SHEET_NUMBER = 'plugin::review.sheet-number';

export interface SheetNumberRow {
  subjectType: string;
  subjectId: string;
  round: number;
  unitId: number;
  year: number;
  number: number;
}

/** How many times a number taken meanwhile by another approval is retried with the next one. */
const ATTEMPTS = 20;

/**
 * Numbers of approval sheets (审批单序号), per reviewing unit and year: given once, never changed.
 * Two unique indexes keep them right under concurrency: (unit, year, number) — two approvals never
 * get the same number, the loser takes the next — and (item, round) — one number per approved round.
 */
const sheetNumbersRepository = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(SHEET_NUMBER);
  const find = async (subjectType: string, subjectId: string, round: number): Promise<SheetNumberRow | null> =>
    query().findOne({ where: { subjectType, subjectId, round } });
  return {
    find,

    /** The number of the item's round; the unit's next number of the year when it has none yet. */
    async assign(subject: { subjectType: string; subjectId: string; round: number }, unitId: number, year: number, at: Date): Promise<SheetNumberRow> {
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const existing = await find(subject.subjectType, subject.subjectId, subject.round);
        if (existing) return existing;
        const last: { number: number } | null = await query().findOne({ where: { unitId, year }, orderBy: { number: 'desc' }, select: ['number'] });
        const number = (last ? Number(last.number) : 0) + 1;
        try {
          return await query().create({ data: { ...subject, unitId, year, number, assignedAt: at } });
        } catch (error) {
          // Another approval took this number, or numbered this round, meanwhile: read again.
          if (!isUniqueViolation(error)) throw error;
        }
      }
      throw new Error(`review: no approval sheet number for ${subject.subjectType} ${subject.subjectId} after ${ATTEMPTS} attempts`);
    },
  };
};

export default sheetNumbersRepository;
export type SheetNumbersRepository = ReturnType<typeof sheetNumbersRepository>;
