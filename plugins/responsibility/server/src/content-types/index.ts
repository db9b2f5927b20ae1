import assignment from './assignment';
import dutyChange from './duty-change';
import unitDuty from './unit-duty';

export default {
  assignment,
  'unit-duty': unitDuty,
  'duty-change': dutyChange,
};
