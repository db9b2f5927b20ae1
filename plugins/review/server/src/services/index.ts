import auditTrail from './audit-trail';
import { clockService as clock } from '@content-assurance/kit/server';
import dictionary from './dictionary';
import records from './records';
import review from './review';
import workflows from './workflows';

export default {
  'audit-trail': auditTrail,
  clock,
  dictionary,
  records,
  review,
  workflows,
};
