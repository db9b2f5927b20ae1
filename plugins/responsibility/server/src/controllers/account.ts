import type { Core } from '@strapi/strapi';

import type { PasswordStatusView } from '../../../shared/contracts';
import { getService } from '../utils';
import { actorOf, type AdminContext } from './context';

const account = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The logged-in person's password: must it change (initial, expired), when it expires, whether to warn. */
  async passwordStatus(ctx: AdminContext) {
    ctx.body = (await getService(strapi, 'accounts').statusView(actorOf(ctx).id)) satisfies PasswordStatusView;
  },
});

export default account;
