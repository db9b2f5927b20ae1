import { factories } from '@strapi/strapi';

/** What a member of the public may say in an inquiry; status, unit and times are the portal's to set. */
const PUBLIC_FIELDS = ['channel', 'subject', 'content', 'askerName', 'askerContact', 'column'] as const;

export default factories.createCoreController('api::inquiry.inquiry', () => ({
  async create(ctx) {
    const isPublic = ctx.state.auth?.strategy?.name === 'users-permissions' && !ctx.state.user;
    const body = ctx.request.body as { data?: Record<string, unknown> } | undefined;
    if (isPublic && body?.data && typeof body.data === 'object') {
      body.data = Object.fromEntries(PUBLIC_FIELDS.filter((field) => field in body.data!).map((field) => [field, body.data![field]]));
    }
    return super.create(ctx);
  },
}));
