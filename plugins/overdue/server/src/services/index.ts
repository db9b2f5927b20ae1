import activity from './activity';
import clock from './clock';
import delivery from './delivery';
import scan from './scan';

export default {
  activity,
  clock,
  delivery,
  scan,
};
