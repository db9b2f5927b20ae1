import assignments from './assignments';
import duties from './duties';
import ownership from './ownership';
import table from './table';
import tableExport from './table-export';
import tableImport from './table-import';
import tableSeed from './table-seed';

export default {
  assignments,
  duties,
  ownership,
  table,
  'table-export': tableExport,
  'table-import': tableImport,
  'table-seed': tableSeed,
};
