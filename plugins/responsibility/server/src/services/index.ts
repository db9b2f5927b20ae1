import accounts from './accounts';
import assignments from './assignments';
import { clockService as clock } from '@content-assurance/kit/server';
import deadlines from './deadlines';
import duties from './duties';
import ownership from './ownership';
import roles from './roles';
import table from './table';
import tableExport from './table-export';
import tableImport from './table-import';
import tableSeed from './table-seed';

export default {
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
