import admin from './admin';
import columnHealth from './column-health';
import health from './health';

export default { admin, 'column-health': columnHealth, health };
