import activity from './activity';
import { clockService as clock } from '@content-assurance/kit/server';
import delivery from './delivery';
import scan from './scan';

export default {
  activity,
  clock,
  delivery,
  scan,
};
