import health from './health';
import items from './items';
import records from './records';
import settings from './settings';

export default { health, items, records, settings };
