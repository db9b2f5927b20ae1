import type { Core } from '@strapi/strapi';

/** Admin accounts, as far as the review needs them (the author's address). */
const peopleRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async emailOf(userId: number): Promise<string | null> {
    const user = await strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['email'] });
    return user?.email ?? null;
  },
});

export default peopleRepository;
