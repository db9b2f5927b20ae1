import auditEntry from './audit-entry';
import decision from './decision';
import reviewState from './review-state';
import sensitiveWord from './sensitive-word';
import sheetNumber from './sheet-number';
import workflow from './workflow';

export default {
  workflow,
  'review-state': reviewState,
  decision,
  'audit-entry': auditEntry,
  'sensitive-word': sensitiveWord,
  'sheet-number': sheetNumber,
};
