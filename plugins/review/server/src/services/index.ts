import { clockService as clock, type ReviewServices, type Satisfies } from '@content-assurance/kit/server';

import auditTrail from './audit-trail';
import dictionary from './dictionary';
import records from './records';
import review from './review';
import workflows from './workflows';

const services = {
  'audit-trail': auditTrail,
  clock,
  dictionary,
  records,
  review,
  workflows,
};

/** What the app calls is typed by the kit's contract (ReviewApi): this line fails the compile when a service no longer fits it. */
export type ServicesFitContract = Satisfies<typeof services, ReviewServices>;

export default services;
