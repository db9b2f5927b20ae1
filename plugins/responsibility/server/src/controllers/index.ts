import assignments from './assignments';
import duties from './duties';
import health from './health';
import table from './table';

export default { assignments, duties, health, table };
