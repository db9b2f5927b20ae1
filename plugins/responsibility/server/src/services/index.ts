import ownership from './ownership';
import tableImport from './table-import';
import tableSeed from './table-seed';

export default {
  ownership,
  'table-import': tableImport,
  'table-seed': tableSeed,
};
