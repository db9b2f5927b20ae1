import columnActivity from './column-activity';
import notification from './notification';
import openFinding from './open-finding';
import scanRun from './scan-run';
import unitActivity from './unit-activity';

export default {
  'scan-run': scanRun,
  'open-finding': openFinding,
  notification,
  'column-activity': columnActivity,
  'unit-activity': unitActivity,
};
