import account from './account';
import assignment from './assignment';
import dutyChange from './duty-change';
import unitDuty from './unit-duty';

export default {
  account,
  assignment,
  'unit-duty': unitDuty,
  'duty-change': dutyChange,
};
