import auditTrail from './audit-trail';
import dictionary from './dictionary';
import records from './records';
import review from './review';
import workflows from './workflows';

export default {
  'audit-trail': auditTrail,
  dictionary,
  records,
  review,
  workflows,
};
