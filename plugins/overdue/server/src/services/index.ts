import { clockService as clock, type OverdueServices, type Satisfies } from '@content-assurance/kit/server';

import activity from './activity';
import delivery from './delivery';
import scan from './scan';

const services = {
  activity,
  clock,
  delivery,
  scan,
};

/** What the app calls is typed by the kit's contract (OverdueApi): this line fails the compile when a service no longer fits it. */
export type ServicesFitContract = Satisfies<typeof services, OverdueServices>;

export default services;
