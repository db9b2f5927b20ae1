import dictionary from './dictionary';
import records from './records';
import review from './review';
import workflows from './workflows';

export default {
  dictionary,
  records,
  review,
  workflows,
};
