/**
 * A second Strapi instance on the same database, in its own process (Strapi keeps process-wide
 * registries: two instances cannot share one process). It loads, says "ready", waits for a line on
 * stdin, runs one overdue scan at the instant given as argument, prints the result as JSON, and stops.
 */
const path = require('path');

const { createStrapi } = require('@strapi/strapi');

const main = async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    process.stdout.write('ready\n');
    await new Promise((resolve) => process.stdin.once('data', resolve));
    const result = await app.plugin('overdue').service('scan').run({ trigger: 'manual', now: new Date(process.argv[2]) });
    process.stdout.write(`${JSON.stringify({ ran: result.ran, queued: result.queued ?? 0 })}\n`);
  } finally {
    await app.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
