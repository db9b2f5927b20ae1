import { PLUGIN_ID } from './pluginId';
import type { SubjectUid } from './types';

/** The plugin's app: /admin/plugins/review (待我审核), …/words, …/workflows, …/ledger, …/audit. */
export const APP_PATH = `plugins/${PLUGIN_ID}`;

/** The content-manager's edit view of an item (inside the admin router, whose basename is /admin). */
export const editViewPath = (uid: SubjectUid, documentId: string): string => `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}`;
