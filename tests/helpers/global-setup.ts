import fs from 'fs';
import path from 'path';

import { compileStrapi } from '@strapi/strapi';

/** Compile the app's TypeScript (src/, config/) to dist/ once for every API test file. */
export default async function globalSetup(): Promise<void> {
  fs.rmSync(path.join(process.cwd(), 'dist'), { recursive: true, force: true });
  await compileStrapi({ appDir: process.cwd(), ignoreDiagnostics: false });
}
