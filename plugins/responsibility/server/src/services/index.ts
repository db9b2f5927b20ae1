import { clockService as clock, type ResponsibilityServices, type Satisfies } from '@content-assurance/kit/server';

import accounts from './accounts';
import assignments from './assignments';
import deadlines from './deadlines';
import duties from './duties';
import ownership from './ownership';
import roles from './roles';
import table from './table';
import tableExport from './table-export';
import tableImport from './table-import';
import tableSeed from './table-seed';

const services = {
  accounts,
  assignments,
  clock,
  deadlines,
  duties,
  ownership,
  roles,
  table,
  'table-export': tableExport,
  'table-import': tableImport,
  'table-seed': tableSeed,
};

/**
 * The services other plugins and the app call are typed by the kit's contract (ResponsibilityApi,
 * packages/kit/src/server/contracts/responsibility.ts): this line fails the compile when a service
 * no longer fits it (a renamed or retyped method).
 */
export type ServicesFitContract = Satisfies<typeof services, ResponsibilityServices>;

export default services;
