#!/usr/bin/env node
/**
 * npm run seed — loads the demo data into the configured database if it holds no columns yet
 * (the same code that runs on first start), then prints what the database holds.
 */
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const main = async () => {
  process.env.SEED_DEMO = 'true';
  const app = await createStrapi({ ...(await compileStrapi()), autoReload: false, serveAdminPanel: false }).load();
  try {
    const count = (uid) => app.documents(uid).count({});
    const counts = {
      columns: await count('api::column.column'),
      units: await count('api::unit.unit'),
      unitGroups: await count('api::unit-group.unit-group'),
      articles: await count('api::article.article'),
      inquiries: await count('api::inquiry.inquiry'),
    };
    console.log('Database now holds:', JSON.stringify(counts));
  } finally {
    await app.destroy();
  }
};

main().catch((error) => {
  console.error(`Seeding failed: ${error.message}`);
  process.exit(1);
});
