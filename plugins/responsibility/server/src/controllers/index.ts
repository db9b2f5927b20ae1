import account from './account';
import assignments from './assignments';
import duties from './duties';
import health from './health';
import table from './table';

export default { account, assignments, duties, health, table };
