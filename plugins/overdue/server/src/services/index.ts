import clock from './clock';
import delivery from './delivery';
import scan from './scan';

export default {
  clock,
  delivery,
  scan,
};
