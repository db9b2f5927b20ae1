import fs from 'fs';
import path from 'path';

import { compileStrapi } from '@strapi/strapi';

/** Compile the app's TypeScript (src/, config/) to dist/ once for every API test file. */
export default async function globalSetup(): Promise<void> {
  // Stale compiled config or src files (a renamed source) would be loaded; keep dist/build (the admin).
  for (const dir of ['config', 'src']) fs.rmSync(path.join(process.cwd(), 'dist', dir), { recursive: true, force: true });
  await compileStrapi({ appDir: process.cwd(), ignoreDiagnostics: false });
}
