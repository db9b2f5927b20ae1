import tableSeed from './table-seed';

export default {
  'table-seed': tableSeed,
};
