import columnActivity from './column-activity';
import notification from './notification';
import openFinding from './open-finding';
import scanRun from './scan-run';

export default {
  'scan-run': scanRun,
  'open-finding': openFinding,
  notification,
  'column-activity': columnActivity,
};
